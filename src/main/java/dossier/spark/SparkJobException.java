package dossier.spark;

/**
 * A Spark job that could not start or did not finish: the master unreachable, executors lost,
 * the application killed. Its message is one line naming the cause; Spark's exception, with
 * its stack trace, is the cause. Documents stored from earlier jobs stay stored.
 */
public final class SparkJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SparkJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
