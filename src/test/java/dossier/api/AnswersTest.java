package dossier.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AnswersTest {
  @Test
  void dropsTheLeastRecentlyAskedAnswersWhenTheyOutgrowTheirBound() {
    Answers answers = new Answers(10);
    answers.put("/a", new byte[4]);
    answers.put("/b", new byte[4]);
    answers.get("/a");
    answers.put("/c", new byte[4]);

    assertNull(answers.get("/b"));
    assertArrayEquals(new byte[4], answers.get("/a"));
    assertArrayEquals(new byte[4], answers.get("/c"));
  }

  @Test
  void keepsNoAnswerLargerThanTheBound() {
    Answers answers = new Answers(10);
    answers.put("/a", new byte[4]);
    answers.put("/big", new byte[11]);

    assertNull(answers.get("/big"));
    assertArrayEquals(new byte[4], answers.get("/a"));
  }
}
