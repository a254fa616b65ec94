package dossier.clean;

/** Kinds of page furniture recognised in text, and the reason each is removed under. */
enum Furniture {
  MENU(Reason.BOILERPLATE),
  LABEL(Reason.BOILERPLATE),
  SHARE(Reason.BOILERPLATE),
  /** "Read more", "SEE ALSO", "Related stories": often the end of the main story. */
  TEASER(Reason.BOILERPLATE),
  /** "Watch the video below": an embedded video or gallery, which sits inside stories. */
  MEDIA(Reason.BOILERPLATE),
  /** A comment count, prompt or section heading: what follows the story is readers' talk. */
  COMMENTS(Reason.BOILERPLATE),
  SIGNUP(Reason.BOILERPLATE),
  COOKIES(Reason.BOILERPLATE),
  LEGAL(Reason.BOILERPLATE),
  /** Masthead, kicker and other header lines above the headline. */
  HEADER(Reason.BOILERPLATE),
  /** Markup outside the main content or in navigation, sidebars, footers and ads. */
  LAYOUT(Reason.BOILERPLATE),
  CREDIT(Reason.CAPTION),
  CAPTION(Reason.CAPTION),
  BYLINE(Reason.BYLINE),
  ERROR(Reason.ERROR_PAGE);

  private final String reason;

  Furniture(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
