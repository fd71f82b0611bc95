package org.parley.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.CleanText;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Dependency;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.pipeline.Layer;
import org.parley.pipeline.Stage;
import org.parley.quotes.QuoteMarks.Quoted;

/**
 * The quote stage ("quotes"): finds direct, partial and indirect quotations and attributes each to
 * a speaker. Requires TOKENS, DEPENDENCIES and ACTORS; provides QUOTES and SPEAKERS (and adds the
 * pronouns it resolves to the actors' mentions).
 *
 * <p>Four passes, in this order: reported speech from the dependency parse (a cue verb with a
 * clausal complement: "Moscow said that ...", "X told reporters ..."; the complement the parser
 * missed, "Ryan said Obama's words ..."; a reporting clause after or inside its content, "The deal
 * is dead, officials said"; an infinitive of intention, "she wants to run"; "polls show that";
 * verbs of naming and stance, "called Trump a fascist", "accused X of Y"; a complement that is all
 * quotation makes a direct quote, one that holds quote marks a partial quote; contents follow
 * PolNeAR's guidelines and keep "that" and "to"); a belief held by no one named ("the bank is
 * expected to act", "Washington appears weak"); "according to X"; a verb the learned {@link
 * CueModel} reads as a cue where no rule found a statement, with the content it governs; then
 * every quotation still
 * unclaimed is attributed by the words around its marks ("..., Lavrov said.", "said Lavrov, the
 * minister", "Lavrov said: ..."), or joins the direct quote just before it as another fragment
 * (split quotes, a quote running on in the next sentence or paragraph), or is kept without
 * speaker when it reads as a statement; last, a headline that gives its words to a name
 * ("Lavrov: ...", "... - Lavrov"). The title (but for the headline pass), the dateline and the
 * bylines of embedded social posts are never read for quotes. An embedded post is a statement by
 * its author (mode "post", rule "embedded-post": its text, the byline's dash for cue, the author's
 * name for source); what its text reports is found as in prose.
 *
 * <p>Design decision: pronoun sources ("he said") resolve to the nearest compatible earlier actor,
 * preferring one that spoke or was a subject in the last few sentences; never to a later one.
 * Everything is linear in the text: quote-mark membership is a bit set over the text, sentence and
 * mention look-ups are binary searches.
 */
public final class QuoteFinder implements Stage {
  /**
   * The lowest probability of {@link CueModel} at which a verb outside the lists is read as a cue
   * by the rules of reported speech; chosen on PolNeAR train articles 200-400, which the model
   * chosen with did not learn from.
   */
  private static final double MODEL_CUE = 0.5;
  /**
   * The lowest probability of {@link CueModel} at which a verb no rule took is read as a cue with
   * the content it governs; chosen the same way (0.35 to 0.6 differ by less than a point).
   */
  private static final double LEARNED_ONLY = 0.45;
  /** Nouns of time: "talked about the deal on Monday" is not about Monday. */
  private static final Set<String> TEMPORAL =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
          "day", "week", "weekend", "month", "year", "hour", "time", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december");
  /** Conjunctions that set a clause against the one before: "..., while others said ...". */
  private static final Set<String> CONTRAST = Set.of("while", "whereas", "but", "although");
  /** Words that open a clause leaning on the next one: "if he wins, ...". */
  private static final Set<String> SUBORDINATORS = Set.of("if", "when", "while", "whereas",
      "although", "though", "because", "as", "after", "before", "since", "unless", "once",
      "whether", "until", "whenever", "where");
  /** Prepositions whose object is what a verb of saying or thinking is about: "talked about". */
  private static final Set<String> CONTENT_PREPOSITIONS =
      Set.of("about", "of", "for", "against", "on", "to", "over", "at", "with", "that");
  /** A pronoun opening a reported clause: "(that) he ...". */
  private static final java.util.regex.Pattern REPORTED_PRONOUN =
      java.util.regex.Pattern.compile("(?:that\\s+)?([Hh]e|[Ss]he)\\b");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");
  private static final Set<String> FIRST_SECOND = Set.of("i", "we", "you", "me", "us");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  private static final Set<String> NOT_SOURCE =
      Set.of("it", "this", "that", "there", "which", "what", "these", "those", "something",
          "nothing", "everything", "one");
  private static final Set<String> UNNAMED_HEADS =
      Set.of("source", "official", "person", "people", "insider", "aide", "diplomat", "officer",
          "spokesperson", "spokesman", "spokeswoman", "representative", "adviser", "advisor",
          "staffer");
  /** Verbs whose subject holds the statement their object or oblique names ("made the claim"). */
  private static final Set<String> HOLDING =
      Set.of("make", "repeat", "express", "voice", "issue", "reiterate", "offer", "share",
          "renew", "echo", "raise", "announce", "unveil", "outline", "release", "present",
          "stand", "stick", "persist", "defend", "double", "air", "put", "lay", "give");
  /** What a poll finds a candidate "with", "at", "ahead": "showed Trump with a 16-point lead". */
  private static final Set<String> SMALL_CLAUSE_PREPOSITIONS =
      Set.of("with", "at", "among", "ahead", "behind");
  /** "TAPPER: Do you think ...": a speaker's turn in a transcript, the name in capitals. */
  private static final Pattern TURN =
      Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,2})(:)[ \\t]+(\\S[^\\n]*)");
  /** "Trump: ..." – a short capitalized name, a colon, the words. */
  private static final Pattern HEADLINE_COLON =
      Pattern.compile("\\s*(\\p{Lu}[^:\"“”]{0,60}?)\\s*(:)\\s+(\\S.{8,})", Pattern.DOTALL);
  /**
   * "'2nd Amendment people' his secret weapon, Trump hints": the words, a comma, a name of at most
   * four words and a verb of saying closing the headline.
   */
  private static final Pattern HEADLINE_TRAIL = Pattern.compile(
      "\\s*(.{10,}?),\\s+(\\p{L}[\\p{L}.'’-]*(?: \\p{L}[\\p{L}.'’-]*){0,3}?)\\s+"
          + "((?i:says|say|hints|finds|warns|claims|insists|argues|predicts|vows|suggests|admits|"
          + "concedes|writes|tells|declares))(?: [^,;:]{0,40})?[.;!]?\\s*",
      Pattern.DOTALL);
  /**
   * "Francois Hollande Says Donald Trump 'Makes You Want To Retch'": a headline in title case, a
   * name of at most four capitalized words, a capitalized verb of saying, the words (the tagger
   * takes such verbs for names, so the parse misses them).
   */
  private static final Pattern HEADLINE_SAYS = Pattern.compile(
      "\\s*(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}?)\\s+"
          + "(Says|Warns|Claims|Insists|Argues|Admits|Predicts|Vows|Declares|Tells [\\p{Lu}][\\p{L}]*)"
          + "\\s+(\\S.{8,}?)[.;]?\\s*", Pattern.DOTALL);
  /** ", Calls Trump's Remarks 'Troubling'": a second verb in title case that ends the words. */
  private static final Pattern NEXT_HEADLINE_VERB = Pattern.compile(", \\p{Lu}\\p{Ll}+s ");
  /** "... – Lavrov": the words, a dash, a capitalized name of at most four words. */
  private static final Pattern HEADLINE_DASH =
      Pattern.compile("\\s*(.{10,}?)\\s+([-–—])\\s+(\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*){0,3})\\s*",
          Pattern.DOTALL);
  /** Headline labels before a colon that name no speaker. */
  private static final Set<String> NOT_HEADLINE_SOURCE =
      Set.of("exclusive", "watch", "video", "breaking", "update", "live", "photos", "opinion",
          "analysis", "review", "editorial", "the latest", "fact check", "listen", "read",
          "explainer", "q&a", "quiz", "timeline", "full text", "transcript");
  /**
   * A definite description of one person: "the 32-year-old labourer", "the mayor", "his father".
   */
  private static final Pattern DESCRIPTION = Pattern.compile(
      "(the|his|her|their) (\\S+ ){0,3}?(\\d+-year-old( \\S+)?|mayor|premier|minister|president|"
          + "chief|spokesperson|spokesman|spokeswoman|director|father|mother|son|daughter|wife|"
          + "husband|brother|sister|coach|player|senator|governor|candidate|lawyer|attorney|"
          + "professor|researcher|author|founder|ceo|chair|chairman|chairwoman|councillor|"
          + "councilor|officer|doctor|nurse|teacher|student|man|woman|boy|girl|owner|manager|"
          + "leader|winger|forward|defenceman|goalie|captain|singer|actor|actress|artist|writer)");
  /** Nouns for a person other than the one a possessive names: "DeLaet's agent", "his father". */
  private static final Set<String> PERSON_NOUNS =
      Set.of("agent", "lawyer", "attorney", "counsel", "father", "mother", "son", "daughter", "wife",
          "husband", "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece",
          "grandfather", "grandmother", "grandson", "granddaughter", "widow", "girlfriend",
          "boyfriend", "fiance", "fiancée", "fiancé", "partner", "friend", "colleague", "boss",
          "coach", "doctor", "manager", "assistant", "aide", "adviser", "advisor", "spokesman",
          "spokeswoman", "spokesperson", "deputy", "secretary", "representative", "parent",
          "child", "neighbour", "neighbor", "teammate", "employee", "employer", "biographer",
          "staff", "office", "staffer");
  /** Roles of a woman or of a man: "spokeswoman", "chairman". */
  private static final Pattern FEMALE_ROLE = Pattern.compile(
      "woman|queen|duchess|princess|actress|mother|wife|daughter|sister|girl|lady|madam|empress"
          + "|widow|grandmother|aunt|niece");
  private static final Pattern MALE_ROLE = Pattern.compile(
      "spokesman|chairman|congressman|\\bking\\b|duke|prince\\b|father|husband|\\bson\\b|brother"
          + "|\\bman\\b|boy|widower|grandfather|uncle|nephew");
  /** An honorific or a kinship or role word right before a woman's name: "Ms.", "wife". */
  private static final Pattern FEMALE_BEFORE = Pattern.compile(
      "\\b(?:Mrs|Ms|Miss|Madam|Lady|Mme|Mlle|wife|mother|daughter|sister|aunt|grandmother"
          + "|girlfriend|widow|niece|actress|spokeswoman|chairwoman|businesswoman|congresswoman)"
          + "\\.?\\s*,?\\s+$");
  /** The same before a man's name: "Mr.", "husband". */
  private static final Pattern MALE_BEFORE = Pattern.compile(
      "(?:\\bM\\.|\\b(?:Mr|Sir|Lord|husband|father|son|brother|uncle|grandfather|boyfriend"
          + "|widower|nephew|spokesman|chairman|businessman|congressman)\\.?)\\s*,?\\s+$");
  /** Words a title leaves in lower case: "Fox and Friends", "Pirates of the Caribbean". */
  private static final Set<String> TITLE_SMALL_WORDS =
      Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "from");
  /** The opening of an outlet's note about its own article ({@link Run#boilerplate}). */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?:editor['\u2019]?s[\\s\u00a0]+note|correction|clarification)[\\s\u00a0]*[:.\u2014-]"
          + "|this (?:story|article|post|report) (?:has been|was|is being) updated"
          + "|follow \\S.{0,60} on twitter|subscribe to |sign up for ",
      Pattern.CASE_INSENSITIVE);
  /** A link in a post's text: to the post itself, a picture, an article. */
  private static final Pattern POST_LINK =
      Pattern.compile("(?:https?://|pic\\.twitter\\.com/)\\S*");
  /** Words in a source or its sentence that mark it as anonymous. */
  private static final String[] ANONYMITY = {
    "anonymity", "not authorized", "not authorised", "declined to be named",
    "asked not to be named", "requested anonymity", "on background", "asked not to be identified",
    "declined to be identified", "unnamed", "anonymous"
  };

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES, Layer.SPEAKERS);
  }

  @Override
  public Analysis apply(Analysis in) {
    return new Run(in).run();
  }

  /** One actor mention, for look-ups by position. */
  private record Mention(Span span, Actor actor) {}

  /** An embedded post and its byline. */
  private record Post(CleanText.Region region, CleanText.Byline byline) {}

  /** One article's quote finding. */
  private static final class Run {
    final Analysis in;
    final String text;
    final List<Actor> actors;
    final List<Sentence> sentences;
    final int[] sentenceStarts;
    final Tree[] trees;
    final List<Quoted> quoted = new ArrayList<>();
    /** Chars inside the quotation marks of some quotation. */
    final BitSet inside = new BitSet();
    final Map<Quoted, Draft> claimed = new IdentityHashMap<>();
    final List<Draft> drafts = new ArrayList<>();
    final Map<String, List<Span>> extraMentions = new LinkedHashMap<>();
    final List<Span> skip = new ArrayList<>();
    /** Embedded posts whose byline was found, with it. */
    final List<Post> posts = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, Character> gender = new HashMap<>();
    final Map<String, Actor> byId = new HashMap<>();
    final Map<String, Actor> surnames = new HashMap<>();

    Run(Analysis in) {
      this.in = in;
      this.text = in.text();
      this.actors = in.actors();
      this.sentences = in.sentences();
      this.sentenceStarts = new int[sentences.size()];
      for (int i = 0; i < sentences.size(); i++) {
        sentenceStarts[i] = sentences.get(i).span().start();
      }
      this.trees = new Tree[sentences.size()];
      CleanText clean = in.clean();
      clean.title().ifPresent(skip::add);
      clean.dateline().ifPresent(skip::add);
      for (CleanText.Region r : clean.regions(CleanText.Region.Kind.EMBEDDED_POST)) {
        Optional<CleanText.Byline> byline = clean.byline(r);
        if (byline.isPresent()) {
          posts.add(new Post(r, byline.get())); // its text is read, its byline is not
          skip.add(byline.get().span());
        } else {
          skip.add(r.span());
        }
      }
      skip.addAll(boilerplate(text));
      for (Quoted q : QuoteMarks.find(text)) {
        if (!skipped(q.outer())) {
          quoted.add(q);
          for (Span s : q.inner()) {
            inside.set(s.start(), s.end());
          }
        }
      }
      for (Actor a : actors) {
        for (Span s : a.mentions()) {
          mentions.add(new Mention(s, a));
        }
        gender.put(a.id(), genderOf(a));
        if (a.kind() == Actor.Kind.PERSON && a.name().indexOf(' ') > 0 && !a.anonymous()) {
          String[] parts = a.name().toLowerCase(Locale.ROOT).split(" ");
          String key = parts[parts.length - 1];
          if (!surnames.containsKey(key)) {
            surnames.put(key, a);
          } else if (surnames.get(key) != a) {
            surnames.put(key, null); // two people share it: neither
          }
        }
        byId.put(a.id(), a);
      }
      mentions.sort((x, y) -> x.span().compareTo(y.span()));
    }

    boolean skipped(Span s) {
      for (Span k : skip) {
        if (k.overlaps(s)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a sentence is not read for statements: it overlaps the title, the dateline, an
     * outlet's note or a post read as a whole, or it opens inside a post's byline. A sentence
     * that runs from a post's text into its byline ("... Much to discuss. — Donald J. Trump
     * (@realDonaldTrump) July 7, 2017") is read, and what it finds is cut at the byline ({@link
     * #outsideBylines()}).
     */
    boolean skippedSentence(Span s) {
      for (Span k : skip) {
        if (k.overlaps(s) && !(bylineOf(k) != null && s.start() < k.start())) {
          return true;
        }
      }
      return false;
    }

    /** The post whose byline is {@code span}, or null. */
    Post bylineOf(Span span) {
      return posts.stream().filter(p -> p.byline().span().equals(span)).findFirst().orElse(null);
    }

    /** The post a span lies in, or null. */
    Post postAt(Span span) {
      return posts.stream().filter(p -> p.region().span().contains(span)).findFirst()
          .orElse(null);
    }

    /** Whether a span overlaps an embedded post (its text or its byline). */
    boolean inPost(Span span) {
      return posts.stream().anyMatch(p -> p.region().span().overlaps(span));
    }

    Tree tree(Sentence s) {
      Tree t = trees[s.index()];
      if (t == null) {
        t = new Tree(s);
        trees[s.index()] = t;
      }
      return t;
    }

    Analysis run() {
      for (Sentence s : sentences) {
        if (skippedSentence(s.span())) {
          continue;
        }
        trailing(s, tree(s));
        reported(s, tree(s));
        raising(s, tree(s));
        accordingTo(s);
        nominal(s, tree(s));
        learnedOnly(s, tree(s));
        participles(s, tree(s));
        nounCues(s, tree(s));
        evidence(s, tree(s));
      }
      direct();
      transcript();
      Optional<Span> runOn = in.clean().title().isPresent() ? Optional.empty() : titleLine();
      runOn.ifPresent(this::cutAtTitleEnd);
      in.clean().title().or(() -> runOn).or(this::headlineLine).ifPresent(this::headline);
      outsideBylines();
      drafts.sort((a, b) -> a.content.get(0).compareTo(b.content.get(0)));
      drafts.removeIf(this::noAttribution);
      mergeSharedCues();
      for (Draft d : drafts) {
        reportedSelf(d);
      }
      continueSpeakers();
      for (Post p : posts) {
        post(p);
      }
      drafts.sort((a, b) -> a.content.get(0).compareTo(b.content.get(0)));
      dropNested();
      List<Quote> quotes = new ArrayList<>();
      for (Draft d : drafts) {
        quotes.add(d.toQuote("q" + (quotes.size() + 1), anonymous(d)));
      }
      return in.withQuotes(quotes).withActors(withExtraMentions());
    }

    /**
     * Of two statements that claim the same words (two cues over one stretch: "he appeared to
     * blame ...", or text without sentences: "said ... said ... told"), keeps the surer one, the
     * earlier when equally sure; a post may hold the statements it reports.
     */
    void dropNested() {
      List<Draft> kept = new ArrayList<>();
      for (Draft d : drafts) {
        List<Draft> rivals = "post".equals(d.mode) ? List.of() : kept.stream()
            .filter(k -> !"post".equals(k.mode) && k.content.stream()
                .anyMatch(c -> d.content.stream().anyMatch(c::overlaps)))
            .toList();
        if (rivals.stream().anyMatch(k -> k.confidence >= d.confidence)) {
          continue;
        }
        kept.removeAll(rivals);
        kept.add(d);
      }
      if (kept.size() < drafts.size()) {
        claimed.values().removeIf(x -> !kept.contains(x));
        drafts.retainAll(kept);
      }
    }

    // --- embedded posts -----------------------------------------------------------------------

    /**
     * Keeps what the passes found in a post's text off its byline: a statement whose cue or source
     * lies in the byline goes, a content running into it ends where the byline begins. A statement
     * made of the post's words by a cue outside it ("Trump wrote: | ... — Donald J. Trump
     * (@realDonaldTrump)") goes too: the post is its author's statement ({@link #post}). Inside a
     * post, "I" and "we" with no speaker found are its author ("I refuse to accept this as normal.
     * -H — Hillary Clinton (@HillaryClinton) ...").
     */
    void outsideBylines() {
      if (posts.isEmpty()) {
        return;
      }
      for (Draft d : new ArrayList<>(drafts)) {
        for (Post p : posts) {
          Span byline = p.byline().span();
          Span post = p.region().span();
          boolean keep = (d.cue == null || !d.cue.overlaps(byline))
              && (d.source == null || !d.source.overlaps(byline))
              && (d.cue == null || post.contains(d.cue)
                  || !d.content.stream().allMatch(post::contains));
          List<Span> kept = new ArrayList<>();
          for (Span c : d.content) {
            if (c.overlaps(byline)) {
              Span cut = trimContent(new Span(c.start(), Math.max(c.start(), byline.start())));
              if (wordCount(cut) > 0) {
                kept.add(cut);
              }
            } else {
              kept.add(c);
            }
          }
          if (!keep || kept.isEmpty()) {
            drafts.remove(d);
            claimed.values().removeIf(x -> x == d);
            break;
          }
          d.content.clear();
          d.content.addAll(kept);
          if (d.speaker == null && d.source != null && post.contains(d.source)) {
            String who = d.source.in(text).strip().toLowerCase(Locale.ROOT);
            if (who.equals("i") || who.equals("we")) {
              d.speaker = author(p);
            }
          }
        }
      }
    }

    /** The actor a post's author resolved to, or null. */
    String author(Post p) {
      Span name = p.byline().author();
      String id = resolve(name, name);
      return id != null ? id : resolveName(name);
    }

    /**
     * A post as a statement of its author: its text without the byline and the links to the post
     * or its pictures ("https://t.co/...", "pic.twitter.com/..."), given to the author named in
     * the byline, with the byline's dash for cue; mode "post", rule "embedded-post".
     */
    void post(Post p) {
      Span body = new Span(p.region().span().start(), p.byline().dash().start());
      List<Span> fragments = new ArrayList<>();
      Matcher link = POST_LINK.matcher(text).region(body.start(), body.end());
      int from = body.start();
      while (link.find()) {
        addFragment(fragments, new Span(from, link.start()));
        from = link.end();
      }
      addFragment(fragments, new Span(from, body.end()));
      for (int i = 0; i < fragments.size(); i++) {
        Span f = fragments.get(i);
        int a = f.start();
        while (a < f.end() && (text.charAt(a) == '.' || text.charAt(a) == '…'
            || Character.isWhitespace(text.charAt(a)))) {
          a++; // ".@handle ..." (a reply made public), "....and" (a thread going on)
        }
        f = new Span(a, f.end());
        int b = f.end();
        while (b > f.start() && (text.charAt(b - 1) == '/' || text.charAt(b - 1) == '|'
            || Character.isWhitespace(text.charAt(b - 1)))) {
          b--; // "began / ..." before a translation the scrape lost
        }
        fragments.set(i, new Span(f.start(), b));
      }
      fragments.removeIf(f -> wordCount(f) == 0);
      if (fragments.stream().mapToInt(this::wordCount).sum() < 2) {
        return; // a picture with a word or two
      }
      Draft d = new Draft();
      d.kind = Quote.Kind.DIRECT;
      d.rule = "embedded-post";
      d.mode = "post";
      d.content.addAll(fragments);
      d.cue = p.byline().dash();
      d.source = p.byline().author();
      d.speaker = author(p);
      d.end = p.region().span().end();
      d.confidence = 0.9;
      drafts.add(d);
    }

    // --- filtering: what looks like an attribution but is none --------------------------------

    /**
     * Whether a draft is no attribution in PolNeAR's sense though a pass built it: its source is a
     * number or a time ("475 pledged delegates will be at stake"), its cue word modifies a noun
     * ("pledged delegates"), or its content opens with a noun object that carries no proposition
     * ("stated an interest in", "told The Huffington Post").
     */
    boolean noAttribution(Draft d) {
      if (d.cue == null || d.rule == null || d.content.isEmpty()) {
        return false;
      }
      if (d.kind == Quote.Kind.DIRECT && d.content.size() == 1 && title(d.content.get(0).in(text))) {
        return true; // "he told “Fox and Friends,”", "a hat that read “Make America Great Again”"
      }
      if (d.source != null && noSpeaker(d.source) && !d.rule.endsWith(":say")) {
        return true; // "475 pledged delegates will be", "Tuesday states that held primaries"
      }
      boolean verbal = d.rule.startsWith("reported:") || d.rule.startsWith("learned:")
          || d.rule.startsWith("raising:");
      if (!verbal || d.rule.startsWith("reported:participle:")) {
        return false;
      }
      Sentence s = sentenceAt(d.cue.start());
      if (s == null) {
        return false;
      }
      Token cue = tokenAt(s, d.cue.start());
      if (cue == null) {
        return false;
      }
      Tree tree = tree(s);
      String rel = tree.rel(cue.index());
      if ("amod".equals(rel) || "compound".equals(rel)) {
        return true; // "pledged delegates", "the stated goal"
      }
      if (d.kind != Quote.Kind.INDIRECT || !Cues.NO_NOUN_CONTENT.contains(cue.lemma())) {
        return false;
      }
      int o = tree.child(cue.index(), "obj");
      if (o < 0 || !s.token(o).isNoun() || said(s.token(o))) {
        return false;
      }
      Span first = d.content.get(0);
      return first.start() <= s.token(tree.first(o)).span().start()
          && first.end() >= s.token(o).span().end()
          && !(Cues.ADDRESSEE_OBJECT.contains(cue.lemma()) && verb(s, first));
    }

    /** Whether a span holds a verb: "told supporters that he had dropped out". */
    static boolean verb(Sentence s, Span span) {
      for (Token k : s.tokens()) {
        if (span.contains(k.span()) && (k.isVerb() || k.pos().equals("MD"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a quotation reads as the title of a work or a slogan, not a statement: two to five
     * words, each capitalized but for small function words, with no closing stop, question or
     * exclamation mark ("Prison Break", "Fox and Friends", "Make America Great Again"; PolNeAR
     * does not count title quotes).
     */
    static boolean title(String quoted) {
      String t = quoted.strip();
      while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
        return false;
      }
      String[] words = t.split("\\s+");
      if (words.length < 2 || words.length > 5) {
        return false;
      }
      int capitals = 0;
      for (String w : words) {
        if (!Character.isLetterOrDigit(w.charAt(0))
            || Character.isLowerCase(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(w)) {
          return false;
        }
        if (w.equals(w.toUpperCase(Locale.ROOT))) {
          capitals++;
        }
      }
      return capitals < words.length // all in capitals: shouted words ("GROWING PARTY")
          && Character.isUpperCase(words[0].charAt(0))
          && Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    /** Whether a noun names what was said: "a different story", "his intention to vote". */
    static boolean said(Token noun) {
      if (noun.isProperNoun()) {
        return false; // "told The Huffington Post"
      }
      String lemma = noun.lemma().toLowerCase(Locale.ROOT);
      return Cues.COMMUNICATION.contains(lemma) || Cues.nounMode(lemma) != null;
    }

    /** Whether a source mention is only a number or a time: no one who can speak. */
    boolean noSpeaker(Span source) {
      Sentence s = sentenceAt(source.start());
      if (s == null) {
        return false;
      }
      boolean any = false;
      for (Token k : s.tokens()) {
        if (source.contains(k.span())) {
          if (!k.pos().equals("CD") && !TEMPORAL.contains(k.lemma().toLowerCase(Locale.ROOT))) {
            return false;
          }
          any = true;
        }
      }
      return any;
    }

    /** The token of a sentence that starts at {@code offset}, or null. */
    static Token tokenAt(Sentence s, int offset) {
      for (Token k : s.tokens()) {
        if (k.span().start() == offset) {
          return k;
        }
      }
      return null;
    }

    /**
     * Paragraphs that are the outlet's notes about the article, not its reporting: "Editor's note:
     * ...", "Correction: ...", "This story has been updated ...", "Follow X on Twitter".
     */
    static List<Span> boilerplate(String text) {
      List<Span> out = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        if (from < end && BOILERPLATE.matcher(text).region(from, end).lookingAt()) {
          out.add(new Span(from, end));
        }
        start = end + 1;
      }
      return out;
    }

    /**
     * Makes one quote of the drafts that share a cue: the halves of "“On this basis,” Zero Hedge
     * said, “true white youth unemployment is ...”" when the parse took one half and the marks
     * the other, or a quotation that runs on after a partial quote ("The summit accomplished "too
     * little," he added. "Without changing ..."). One cue token introduces one statement (3 of
     * PolNeAR's 22,466 train attributions share a cue).
     */
    void mergeSharedCues() {
      Map<Span, Draft> byCue = new HashMap<>();
      List<Draft> kept = new ArrayList<>();
      for (Draft d : drafts) {
        Draft first = d.cue == null || d.rule.equals("transcript") || d.rule.equals("continuation")
            ? null : byCue.get(d.cue);
        if (first == null) {
          if (d.cue != null) {
            byCue.put(d.cue, d);
          }
          kept.add(d);
          continue;
        }
        first.content.addAll(d.content);
        first.end = Math.max(first.end, d.end);
        if (first.kind != d.kind) {
          first.kind = Quote.Kind.PARTIAL;
        }
        if (first.speaker == null) {
          first.speaker = d.speaker;
          first.source = d.source;
        }
        claimed.replaceAll((q, o) -> o == d ? first : o);
      }
      drafts.clear();
      drafts.addAll(kept);
    }

    /**
     * In reported speech a pronoun that opens the reported clause is the speaker ("Toner said that
     * he was not aware", "De Mistura said he remained determined"): a mention of the speaker, unless
     * its gender contradicts what is known of them.
     */
    void reportedSelf(Draft d) {
      if (d.kind == Quote.Kind.DIRECT || d.speaker == null || d.content.isEmpty()) {
        return;
      }
      Actor speaker = null;
      for (Actor a : actors) {
        if (a.id().equals(d.speaker)) {
          speaker = a;
          break;
        }
      }
      if (speaker == null || speaker.kind() != Actor.Kind.PERSON) {
        return;
      }
      Span first = d.content.get(0);
      java.util.regex.Matcher m = REPORTED_PRONOUN.matcher(text);
      m.region(first.start(), first.end());
      if (!m.lookingAt()) {
        return;
      }
      char said = m.group(1).equalsIgnoreCase("she") ? 'f' : 'm';
      char known = genderOf(speaker);
      if (known != '?' && known != said) {
        return;
      }
      extraMentions.computeIfAbsent(speaker.id(), k -> new ArrayList<>())
          .add(new Span(m.start(1), m.end(1)));
    }

    List<Actor> withExtraMentions() {
      List<Actor> out = new ArrayList<>();
      for (Actor a : actors) {
        List<Span> extra = extraMentions.get(a.id());
        if (extra == null) {
          out.add(a);
          continue;
        }
        TreeSet<Span> all = new TreeSet<>(a.mentions());
        all.addAll(extra);
        out.add(a.withMentions(List.copyOf(all)));
      }
      return out;
    }

    // --- pass 1: reported speech from the parse --------------------------------------------------

    void reported(Sentence s, Tree tree) {
      for (Token k : s.tokens()) {
        boolean listed = Cues.isCue(k.lemma());
        boolean cites = Cues.RELAY.contains(k.lemma());
        if (!k.isVerb() || isInside(k.span())) {
          continue;
        }
        // a verb outside the lists that the cue model reads as a cue here: "decried the ruling",
        // "went on to discuss", "lashed out at"
        if (Cues.SEEMING.contains(k.lemma())) {
          continue; // an impression held by no one named: see raising
        }
        boolean learned = !listed && !cites && learnedCue(s, tree, k);
        if (!listed && !learned && !cites) {
          continue;
        }
        int c = tree.child(k.index(), "ccomp");
        boolean infinitive = false;
        boolean aside = false;
        if (c < 0 && learned) {
          int x = tree.child(k.index(), "xcomp"); // "vowed to", "pushing to repeal"
          if (x > k.index() && (s.token(tree.first(x)).pos().equals("TO")
              || s.token(x).pos().equals("VBG") && tree.first(x) == x)) {
            c = x;
            infinitive = true;
          }
        }
        if (c < 0 && Cues.takesInfinitive(k.lemma())) {
          c = tree.child(k.index(), "xcomp"); // "he wants to leave", "she vowed to fight"
          infinitive = c >= 0 && tree.child(k.index(), "obj") < 0;
          if (!infinitive) {
            c = -1;
          }
        }
        if (c < 0 && ("parataxis".equals(tree.rel(k.index())) || "dep".equals(tree.rel(k.index()))
            && between(s, tree, k.index())) && tree.head(k.index()) >= 0
            && Cues.isStrong(k.lemma())) {
          c = tree.head(k.index()); // "The deal is dead, officials said." / "It is, he said, dead."
          aside = true;
        }
        Span bare = null;
        String mode = null; // what the construction says beyond the verb: a stand, an appeal
        if (cites) {
          bare = cited(s, tree, k.index()); // "Clinton cited his remarks as examples of ..."
          mode = "stance";
          if (bare == null) {
            continue;
          }
          c = k.index();
        }
        if (c < 0 && Cues.APPEAL.contains(k.lemma())) {
          bare = appeal(s, tree, k.index()); // "called for a special prosecutor", "called on X to"
          mode = bare == null ? null : "intention";
          c = bare == null ? -1 : k.index();
        }
        if (bare == null && Cues.NAMING.contains(k.lemma())) {
          bare = naming(s, tree, k.index()); // "Bush called Trump "unhinged""
          mode = "stance";
          if (bare == null) {
            continue;
          }
          c = k.index();
        }
        if (c < 0 && (Cues.STANCE.contains(k.lemma()) || Cues.OBJECT.contains(k.lemma()))) {
          bare = stance(s, tree, k.index()); // "Bush endorsed Cruz", "accused Trump of lying"
          mode = bare == null ? null : "stance";
          c = bare == null ? -1 : k.index();
        }
        if (c < 0 && (Cues.isStrong(k.lemma()) || Cues.BELIEF.contains(k.lemma()))) {
          bare = bareComplement(s, tree, k.index()); // "Ryan said Obama's words "amount to ...""
          c = bare == null ? -1 : k.index();
        }
        if (c < 0 && learned) {
          bare = stance(s, tree, k.index()); // "decried the ruling"
          int o = tree.child(k.index(), "obj");
          Span about = bare != null && o > k.index() ? topicOf(s, tree, o) : null;
          if (about != null) {
            bare = about; // "struck a cautious note about the jobs report"
          }
          mode = "stance";
          if (bare == null) {
            bare = prepObject(s, tree, k.index()); // "railed against the deal"
          }
          c = bare == null ? -1 : k.index();
        }
        // ", arguing that ...", "he said, adding that ...": a participle after a comma reports
        // what the subject of the clause before it said
        boolean participle = k.pos().equals("VBG") && k.index() > 0 && listed
            && s.token(k.index() - 1).word().equals(",") && tree.subject(k.index()) < 0;
        if (c < 0 && participle && k.index() + 1 < s.size()
            && s.token(k.index() + 1).word().equalsIgnoreCase("that")) {
          bare = trimContent(new Span(s.token(k.index() + 1).span().start(), s.span().end()));
          c = k.index();
        }
        if (c < 0) {
          continue;
        }
        int owner = k.index();
        int subj = tree.subject(owner);
        if (subj < 0 && participle) {
          for (int o = tree.head(owner), n = 0; o >= 0 && n < 6; o = tree.head(o), n++) {
            // not a verb of what someone said before: "said they would back it, while
            // emphasizing ..." is what the ones who said emphasized
            if (s.token(o).isVerb() && tree.subject(o) >= 0 && tree.subject(o) < k.index()
                && !insideContent(s.token(o).span())) {
              owner = o;
              subj = tree.subject(o);
              break;
            }
          }
        }
        if (subj < 0 && tree.rel(owner) != null
            && (tree.rel(owner).equals("conj") || tree.rel(owner).equals("xcomp")
                || (tree.rel(owner).equals("advcl") || tree.rel(owner).equals("dep"))
                    && k.pos().equals("VBG")
                || coordinated(s, tree, owner))
            && tree.head(owner) >= 0) {
          // "met Kerry and said that", "went on to say that", "he left, saying that"
          owner = tree.head(owner);
          subj = tree.subject(owner);
        }
        if (subj < 0 && Cues.isStrong(k.lemma()) && k.index() > 0
            && tree.child(k.index(), "nsubj:pass") < 0 && tree.child(k.index(), "aux:pass") < 0) {
          subj = nameBefore(s, k.index()); // "the board of the Post Trump said that" misparsed
        }
        if (subj < 0 && !aside && !infinitive) { // "the talks are expected to start" is no one's
          unsaid(s, tree, k, bare != null ? bare : tree.subtree(c, Set.of()));
          continue;
        }
        if (subj < 0 || isInside(s.token(subj).span())) {
          continue;
        }
        String subjWord = s.token(subj).word().toLowerCase(Locale.ROOT);
        int subjFirst = tree.first(subj);
        if (s.token(subjFirst).pos().equals("IN") || s.token(subjFirst).pos().equals("TO")) {
          continue; // a misparse: "to more than 20 million people" is no speaker
        }
        if (subjWord.equals("me") || subjWord.equals("us")
            || NOT_SOURCE.contains(subjWord) && !subjWord.equals("it")
            && !(RELATIVE.contains(subjWord) && "acl:relcl".equals(tree.rel(owner)))) {
          continue; // no speaker at all (the writer's own "I think" is one: PolNeAR counts it)
        }
        Span source;
        int head = subj;
        if (RELATIVE.contains(subjWord) && "acl:relcl".equals(tree.rel(owner))
            && tree.head(owner) >= 0) {
          head = tree.head(owner); // "officials who claimed that"
          // the noun and its relative pronoun: PolNeAR marks "who" as the source, readers the noun
          source = tree.subtree(head, Set.of("acl:relcl", "case")).union(s.token(subj).span());
        } else if (!"nsubj".equals(tree.rel(subj)) || tree.head(subj) != owner) {
          // a name found before the verb, not its subject in the parse: that name only
          int from = subj;
          while (from > 0 && s.token(from - 1).pos().startsWith("NNP")
              && s.token(from - 1).ner().equals("PERSON") && s.token(subj).ner().equals("PERSON")) {
            from--;
          }
          source = s.span(from, subj + 1);
        } else {
          source = tree.subtree(subj, Set.of());
        }
        List<Span> fragments = new ArrayList<>();
        if (aside) {
          Span whole = tree.subtree(c, Set.of("parataxis"));
          Span branch = tree.subtree(k.index(), Set.of());
          if (isInside(whole)) {
            continue; // all quotation: the pass by quote marks takes it with its marks
          }
          int from = Math.min(whole.start(), branch.start());
          int to = Math.max(whole.end(), s.span().end());
          Span lead = new Span(from, Math.max(from, branch.start()));
          if (k.index() < c && (wordCount(lead) == 0 || separated(lead))) {
            // "WASHINGTON (AP) — Trump says the deal ...": the parser hung the cue on the
            // content; the content is what follows the cue
            Span rest = bareComplement(s, tree, k.index());
            if (rest == null) {
              continue;
            }
            addFragment(fragments, rest);
          } else {
            if (!separated(lead)) {
              addFragment(fragments, lead);
            }
            addFragment(fragments, new Span(Math.min(to, branch.end()), to));
          }
        } else if (bare != null) {
          addFragment(fragments, mode == null ? beforeOtherSource(s, tree, bare, k.index())
              : beforeParticiple(s, bare));
        } else {
          addFragment(fragments, beforeOtherSource(s, tree, tree.subtree(c, Set.of()), k.index()));
        }
        if (fragments.isEmpty()) {
          continue;
        }
        Span content = fragments.get(0).union(fragments.get(fragments.size() - 1));
        int fewest = Cues.STANCE.contains(k.lemma()) || Cues.OBJECT.contains(k.lemma()) ? 1
            : learned && bare != null || Cues.NAMING.contains(k.lemma()) ? 2 // "decried the ruling"
            : infinitive && Cues.REFUSAL.contains(k.lemma()) ? 2 // "declined to comment"
            : infinitive ? 4 : 3; // "called Trump "unhinged""
        if (fragments.stream().anyMatch(f -> f.overlaps(source)) || wordCount(content) < fewest) {
          continue;
        }
        String speaker = resolve(source, s.token(head).span());
        int mark = bare == null && !infinitive && !aside ? tree.child(c, "mark") : -1;
        boolean that = mark >= 0 && s.token(mark).word().equalsIgnoreCase("that")
            && mark == tree.first(c);
        if (!Cues.isStrong(k.lemma()) && !Cues.isEvidence(k.lemma()) && !that
            && !speakerLike(s, tree, head, speaker)) {
          continue;
        }
        if (subjWord.equals("it") && speaker == null) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "reported:" + k.lemma();
        d.mode = mode(k, mode, infinitive);
        d.cue = k.span();
        d.source = source;
        d.speaker = speaker;
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, fragments);
        addressee(s, tree, d, k.index());
        relays(s, tree, d, head);
        d.confidence = d.speaker == null ? 0.4 : 0.85;
        add(d);
      }
    }

    /**
     * What a poll, a study or a record shows, finds, suggests or indicates when its complement is a
     * small clause: a noun phrase and a participle ("showed Mr. Trump leading Mr. Cruz nationally,
     * 45 percent to 18 percent", "found Trump receiving 20 percent support", "shows her clutching
     * her cellphone"). The content is the whole clause, which the parse often hangs in pieces on
     * the verb (or makes the verb an auxiliary of the participle). A verb after a reduced relative
     * that the parser made the root ("Exit polls taken in South Carolina found that ...", "New
     * polls released Sunday showed Clinton taking a lead") gets the noun and its relative as
     * source. Widens a draft of the same cue that took part of the clause.
     */
    void evidence(Sentence s, Tree tree) {
      List<Token> t = s.tokens();
      for (Token k : t) {
        int v = k.index();
        if (!Cues.isEvidence(k.lemma()) || !k.isVerb() || k.pos().equals("VBG")
            || isInside(k.span()) || v + 2 >= t.size()
            || tree.child(v, "nsubj:pass") >= 0 || tree.child(v, "aux:pass") >= 0) {
          continue;
        }
        Draft own = null;
        for (Draft d : drafts) {
          if (d.cue != null && d.cue.overlaps(k.span())) {
            own = d;
          }
        }
        // an object with a "with"/"at" phrase only widens what the parse found ("found sanctuary
        // at home" is no finding)
        Span clause = smallClause(s, tree, v, own != null);
        boolean that = false;
        if (clause == null) {
          int c = tree.child(v, "ccomp");
          int mark = c > v ? tree.child(c, "mark") : -1;
          if (mark < 0 || mark != v + 1 || !t.get(mark).word().equalsIgnoreCase("that")) {
            continue;
          }
          clause = trimContent(tree.subtree(c, Set.of()));
          that = true;
        }
        if (own != null) {
          Span was = own.content.get(0);
          if (!that && own.content.size() == 1 && clause.contains(was) && !clause.equals(was)
              && quotedOverlapping(clause).isEmpty()) {
            own.content.set(0, clause);
          }
          continue;
        }
        int subj = tree.subject(v);
        Span source;
        int head;
        if (subj >= 0 && subj < v && RELATIVE.contains(t.get(subj).word().toLowerCase(Locale.ROOT))
            && "acl:relcl".equals(tree.rel(v)) && tree.head(v) >= 0 && tree.head(v) < subj) {
          head = tree.head(v); // "a video that shows her clutching ...": the noun, not "that"
          source = tree.subtree(head, Set.of("acl:relcl", "case"));
        } else if (subj >= 0 && subj < v) {
          source = tree.subtree(subj, Set.of("acl:relcl"));
          head = subj;
        } else if (subj < 0) {
          head = reducedRelativeNoun(s, tree, v);
          if (head < 0) {
            continue;
          }
          source = trimContent(new Span(t.get(tree.first(head)).span().start(),
              t.get(v - 1).span().end()));
        } else {
          continue;
        }
        if (source.overlaps(clause) || wordCount(clause) < 3 || isInside(source)) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "reported:" + k.lemma();
        d.mode = "knowledge";
        d.cue = k.span();
        d.source = source;
        d.speaker = resolve(source, t.get(head).span());
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, clause);
        d.confidence = d.speaker == null ? 0.4 : 0.8;
        add(d);
      }
    }

    /**
     * The small clause after evidence verb {@code v}: from the word after it to the end of what
     * hangs on the verb (or on the participle the verb was made an auxiliary of), when a noun
     * phrase right after the verb is the subject of a participle ("Trump leading the field with
     * support of 31 percent", "voters in the area resoundingly rejecting Mr. Trump") or, when
     * {@code standing}, an object with a "with"/"at" phrase of its standing ("Mr. Trump with a
     * 16-point lead"); or null.
     */
    Span smallClause(Sentence s, Tree tree, int v, boolean standing) {
      List<Token> t = s.tokens();
      String w = t.get(v + 1).word().toLowerCase(Locale.ROOT);
      if (w.endsWith("self") || w.endsWith("selves") || w.equals("it") || w.equals("that")
          || t.get(v + 1).isPunctuation()) {
        return null;
      }
      int o = tree.child(v, "obj");
      boolean object = o > v && tree.first(o) == v + 1;
      int p = -1;
      int root = v;
      int det = object ? tree.child(o, "det") : -1;
      boolean indefinite = det >= 0 && (t.get(det).word().equalsIgnoreCase("a")
          || t.get(det).word().equalsIgnoreCase("an"));
      if (object && !indefinite) { // not "finds a comfortable position campaigning against"
        for (int kid : tree.kids.get(o)) {
          if (kid > o && "acl".equals(tree.rel(kid)) && t.get(kid).pos().equals("VBG")) {
            p = kid; // "showed Trump leading the field" with "leading" on "Trump"
          }
        }
      }
      for (int kid : p < 0 ? tree.kids.get(v) : List.<Integer>of()) {
        String r = tree.rel(kid);
        int n = tree.child(kid, "nsubj");
        if (kid > v && t.get(kid).pos().equals("VBG") && n >= 0 && tree.first(n) == v + 1
            && ("dep".equals(r) || "xcomp".equals(r) || "ccomp".equals(r) || "advcl".equals(r))) {
          p = kid; // "show voters in the area resoundingly rejecting Mr. Trump"
        }
      }
      int h = tree.head(v);
      if (p < 0 && "aux".equals(tree.rel(v)) && h > v && t.get(h).pos().equals("VBG")) {
        int n = tree.child(h, "nsubj");
        if (n >= 0 && tree.first(n) == v + 1) {
          p = h; // "showed" taken for an auxiliary of "taking"
          root = h;
        }
      }
      if (p < 0 && object && standing) {
        for (int kid : tree.kids.get(v)) {
          int cs = kid > o && tree.rel(kid) != null && tree.rel(kid).startsWith("obl")
              ? tree.child(kid, "case") : -1;
          if (cs >= 0 && SMALL_CLAUSE_PREPOSITIONS.contains(t.get(cs).word().toLowerCase(Locale.ROOT))) {
            p = o; // "showed Mr. Trump with a 16-point lead", "found Trump at 31 percent"
          }
        }
      }
      if (p < 0) {
        return null;
      }
      int end = tree.subtree(p, Set.of()).end();
      for (int kid : tree.kids.get(root)) {
        String r = tree.rel(kid);
        if (kid > v && !"punct".equals(r) && !"conj".equals(r) && !"cc".equals(r)
            && !"parataxis".equals(r) && !("advcl".equals(r) && kid != p)) {
          end = Math.max(end, tree.subtree(kid, Set.of()).end());
        }
      }
      Span clause = trimContent(new Span(t.get(v + 1).span().start(), end));
      return clause.isEmpty() ? null : clause;
    }

    /**
     * The noun before evidence verb {@code v} that the parser made the subject of a reduced
     * relative and took the relative for the main verb ("Exit polls taken in South Carolina
     * found"): the subject of a past participle that the verb (or the participle it was made an
     * auxiliary of) hangs on, or -1.
     */
    int reducedRelativeNoun(Sentence s, Tree tree, int v) {
      int x = tree.head(v);
      if ("aux".equals(tree.rel(v)) && x > v) {
        x = tree.head(x);
      }
      if (x < 0 || x >= v || !s.token(x).pos().equals("VBN")) {
        return -1;
      }
      int n = tree.child(x, "nsubj");
      return n >= 0 && n < x && tree.first(n) < x && s.token(n).pos().startsWith("NN") ? n : -1;
    }

    /**
     * A participle of saying after a comma that the parser did not hang on the clause before it
     * ("rescinded his endorsement, saying he lacks ...", "is suing Trump, claiming Trump
     * University is a fraud", "hedged on it, telling MSNBC his involvement would ..."): what the
     * subject of that clause said, from the words after the participle (and the one it tells) to
     * the end of the sentence.
     */
    void participles(Sentence s, Tree tree) {
      List<Token> t = s.tokens();
      for (int k = 2; k + 1 < t.size(); k++) {
        Token p = t.get(k);
        String before = t.get(k - 1).word().toLowerCase(Locale.ROOT);
        int comma = before.equals(",") ? k - 1
            : (before.equals("while") || before.equals("before")) && t.get(k - 2).word().equals(",")
                ? k - 2 : -1;
        if (comma < 1 || !p.pos().equals("VBG") || !Cues.isStrong(p.lemma())
            || isInside(p.span()) || claimedCue(p.span()) || insideContent(p.span())) {
          continue;
        }
        int from = k + 1;
        if (t.get(from).pos().equals("RP") && from + 1 < t.size()) {
          from++; // "tweeting out ..."
        }
        String o = t.get(from).pos();
        if (Cues.ADDRESSEE_OBJECT.contains(p.lemma()) && (o.startsWith("NN") || o.equals("PRP$")
            || o.equals("DT") || o.equals("PRP") && !t.get(from).word().equalsIgnoreCase("it"))) {
          int that = -1;
          for (int j = from; j < t.size() && j < from + 8 && !t.get(j).word().equals(","); j++) {
            if (t.get(j).word().equalsIgnoreCase("that")) {
              that = j;
              break;
            }
          }
          if (that >= 0) {
            from = that; // "telling supporters in Moscow that ..."
          } else {
            // "telling reporters his involvement ...": the addressee ends where a new noun
            // phrase starts
            from += t.get(from).pos().equals("PRP") || t.get(from).pos().equals("PRP$")
                || t.get(from).pos().equals("DT") ? 1 : 0;
            while (from < t.size() && (t.get(from).pos().startsWith("NN")
                || t.get(from).pos().equals("JJ"))) {
              from++;
            }
          }
        }
        if (from >= t.size()) {
          continue;
        }
        Token first = t.get(from);
        String w = first.word().toLowerCase(Locale.ROOT);
        if (first.pos().equals("TO") || first.pos().equals("IN") && !w.equals("that")
            && !w.equals("if") && !w.equals("whether")) {
          continue; // ", adding to the confusion", ", warning of ..."
        }
        if (first.word().equals(",") && from + 1 < t.size() && Tree.isQuoteMark(t.get(from + 1))) {
          from++; // ", saying, "...""
        }
        Span content = trimContent(new Span(t.get(from).span().start(), s.span().end()));
        if (wordCount(content) < 3) {
          continue;
        }
        // the subject of the clause before the comma: its root's, or the nearest verb's
        int owner = -1;
        for (int v = 0; v < comma; v++) {
          if (tree.head(v) < 0 && t.get(v).isVerb()) {
            owner = v;
          }
        }
        if (owner < 0 || tree.subject(owner) < 0 || tree.subject(owner) > owner) {
          owner = -1;
          for (int v = comma - 1; v >= 0; v--) {
            if (t.get(v).isVerb() && tree.subject(v) >= 0 && tree.subject(v) < v
                && !insideContent(t.get(v).span())) {
              owner = v;
              break;
            }
          }
        }
        if (owner < 0) {
          continue;
        }
        int subj = tree.subject(owner);
        String sw = t.get(subj).word().toLowerCase(Locale.ROOT);
        if (isInside(t.get(subj).span()) || NOT_SOURCE.contains(sw) || sw.equals("me")
            || sw.equals("us")) {
          continue;
        }
        Span source = tree.subtree(subj, Set.of());
        if (source.end() > t.get(comma).span().start() || source.overlaps(content)) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "reported:participle:" + p.lemma();
        d.mode = Cues.mode(p.lemma());
        d.cue = p.span();
        d.source = source;
        d.speaker = resolve(source, t.get(subj).span());
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, content);
        addressee(s, tree, d, k);
        d.confidence = d.speaker == null ? 0.4 : 0.7;
        add(d);
      }
    }

    /**
     * A belief held by no one named, in a passive with an infinitive ("The central bank is widely
     * expected to act in December", "Clinton is not expected to pressure Sanders") or a verb of
     * seeming ("Washington appears weak", "Putin seemed most concerned with ..."): the content is
     * the subject and the infinitive or predicate, in two fragments around the cue, and there is no
     * source, as PolNeAR annotates them. Expletive subjects ("it is expected that") are left to
     * the other passes.
     */
    void raising(Sentence s, Tree tree) {
      for (Token k : s.tokens()) {
        if (!k.isVerb() || isInside(k.span())) {
          continue;
        }
        boolean seeming = Cues.SEEMING.contains(k.lemma());
        if (!seeming && !Cues.RAISED.contains(k.lemma())) {
          continue;
        }
        int v = k.index();
        int subj = seeming ? tree.child(v, "nsubj") : tree.child(v, "nsubj:pass");
        int x = tree.child(v, "xcomp");
        if (subj < 0 || subj > v || x < v || seeming && tree.child(v, "nsubj:pass") >= 0) {
          continue;
        }
        if (!seeming && (tree.child(v, "aux:pass") < 0
            || !s.token(tree.first(x)).pos().equals("TO"))) {
          continue;
        }
        String w = s.token(subj).word().toLowerCase(Locale.ROOT);
        if (w.equals("it") || w.equals("there") || w.equals("this") || w.equals("that")
            || FIRST_SECOND.contains(w) || isInside(s.token(subj).span())) {
          continue;
        }
        Span subject = trimContent(tree.subtree(subj, Set.of()));
        Span predicate = trimContent(tree.subtree(x, Set.of()));
        if (wordCount(predicate) < (seeming ? 1 : 2) || subject.end() > k.span().start()
            || isInside(predicate)) {
          continue;
        }
        // the cue keeps its verb group: "is widely expected", "is not expected"
        int from = v;
        while (from - 1 > subj && ("aux:pass".equals(tree.rel(from - 1))
            || "aux".equals(tree.rel(from - 1)) || "advmod".equals(tree.rel(from - 1))
            && tree.head(from - 1) == v)) {
          from--;
        }
        Draft d = new Draft();
        d.rule = "raising:" + k.lemma();
        d.mode = "belief";
        d.cue = s.span(from, v + 1);
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, List.of(subject, predicate));
        d.confidence = 0.4;
        add(d);
      }
    }

    /**
     * A verb that the cue model reads as a cue where no rule found a statement ("pointed to the
     * polls", "talked about her plan", "weighed in on the ruling", "has mixed feelings about
     * it"): the content is what the verb governs after it, its clausal complement, object and
     * prepositional objects (the preposition stays with the cue, as PolNeAR marks "talked about"),
     * and the source its subject, or its head's for a conjunct or a participle. A verb inside
     * another statement's content is left alone: PolNeAR does not nest attributions.
     */
    void learnedOnly(Sentence s, Tree tree) {
      List<Token> t = s.tokens();
      for (Token k : t) {
        int v = k.index();
        if (!k.isVerb() || isInside(k.span()) || claimedCue(k.span())
            || !CueModel.candidate(s, tree.head, tree.rel, v)
            || CueModel.shipped().probability(s, tree, v) < LEARNED_ONLY) {
          continue;
        }
        int from = -1;
        int to = -1;
        boolean clausal = false;
        for (int kid : tree.kids.get(v)) {
          String r = tree.rel(kid);
          if (kid < v || r == null) {
            continue;
          }
          int a = tree.first(kid);
          Span sub = tree.subtree(kid, Set.of());
          if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("iobj")
              && !Cues.ADDRESSEE_OBJECT.contains(k.lemma())) {
            clausal |= r.equals("ccomp");
          } else if (r.startsWith("obl") && !r.equals("obl:tmod") && !r.equals("obl:npmod")
              && !TEMPORAL.contains(t.get(kid).lemma().toLowerCase(Locale.ROOT))) {
            int cs = tree.child(kid, "case");
            if (cs < 0 || !CONTENT_PREPOSITIONS.contains(t.get(cs).word().toLowerCase(Locale.ROOT))) {
              continue;
            }
            if (cs == a) {
              a = cs + 1;
            }
          } else if (r.equals("advcl") && tree.child(kid, "mark") == a && a > v
              && Set.of("that", "whether", "if", "how").contains(
                  t.get(a).word().toLowerCase(Locale.ROOT))) {
            clausal = true;
          } else {
            continue;
          }
          if (a >= t.size() || t.get(a).span().start() >= sub.end()) {
            continue;
          }
          from = from < 0 ? a : Math.min(from, a);
          to = Math.max(to, s.tokenAt(sub.end() - 1));
        }
        if (from < 0 || t.get(from).pos().equals("CD")) {
          continue; // "the index added 0.4 per cent" is a figure, not a view
        }
        Span content = trimContent(new Span(t.get(from).span().start(), t.get(to).span().end()));
        int obj = tree.child(v, "obj");
        if (obj > v && tree.first(obj) == from) {
          Span about = topicOf(s, tree, obj);
          if (about != null) {
            content = about; // "struck a cautious note about the jobs report"
          }
        }
        content = beforeOtherSource(s, tree, content, v);
        if (wordCount(content) < 2 || isInside(content)) {
          continue;
        }
        // inside another statement's content, a verb that starts a coordinated clause of its own
        // ("but defended Sanders as a mainstream candidate") is a statement too; others nest
        boolean blocked = overlapsDraft(content) || insideContent(k.span());
        int owner = v;
        int subj = tree.subject(v);
        String rel = tree.rel(v);
        if (subj < 0 && tree.head(v) >= 0 && rel != null && (rel.equals("conj")
            || rel.equals("xcomp") || (rel.equals("advcl") || rel.equals("dep"))
            && k.pos().equals("VBG") || coordinated(s, tree, v))) {
          owner = tree.head(v);
          subj = tree.subject(owner);
        }
        boolean passive = tree.child(v, "nsubj:pass") >= 0 || tree.child(v, "aux:pass") >= 0;
        Span source = null;
        int head = -1;
        if (subj >= 0 && subj < v) {
          String w = t.get(subj).word().toLowerCase(Locale.ROOT);
          if (isInside(t.get(subj).span()) || w.equals("me") || w.equals("us")
              || NOT_SOURCE.contains(w) && !(RELATIVE.contains(w)
                  && "acl:relcl".equals(tree.rel(owner)))) {
            continue;
          }
          head = subj;
          if (RELATIVE.contains(w) && "acl:relcl".equals(tree.rel(owner))
              && tree.head(owner) >= 0) {
            head = tree.head(owner);
            source = tree.subtree(head, Set.of("acl:relcl", "case")).union(t.get(subj).span());
          } else {
            source = tree.subtree(subj, Set.of());
          }
          if (source.overlaps(content) || source.end() > k.span().start()) {
            continue;
          }
        } else if ("acl".equals(rel) && k.pos().equals("VBG") && tree.head(v) >= 0
            && tree.head(v) < v && canSpeak(t.get(tree.head(v)))) {
          // "pastors supporting Mr. Cruz": the people the participle describes
          head = tree.head(v);
          source = tree.subtree(head, Set.of("acl", "acl:relcl", "case"));
          if (source.end() > k.span().start() || isInside(source)) {
            continue;
          }
        } else if (!passive) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "learned:" + k.lemma();
        // without a clause, what the source thinks of something rather than its words
        d.mode = clausal && Cues.isCue(k.lemma()) ? Cues.mode(k.lemma())
            : clausal ? "speech" : "stance";
        d.cue = k.span();
        d.source = source;
        d.speaker = source == null ? null : resolve(source, t.get(head).span());
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, content);
        addressee(s, tree, d, v);
        d.confidence = d.speaker == null ? 0.3 : 0.5;
        if (blocked && !breaksOff(d)) {
          continue;
        }
        add(d);
      }
    }

    /** Whether every statement whose content {@code d} overlaps would end before its clause. */
    boolean breaksOff(Draft d) {
      for (Draft o : drafts) {
        if (o.content.stream().anyMatch(c -> d.content.stream().anyMatch(c::overlaps)
            || c.contains(d.cue)) && cutAt(o, d) < 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * Statements whose cue is a noun or a framing phrase ({@link NounCues}: "Clinton's support for
     * the deal", "In a new poll, ..."), where no other statement holds the words.
     */
    void nounCues(Sentence s, Tree tree) {
      for (NounCues.Found f : NounCues.find(s, tree)) {
        List<Span> content = f.content().stream().map(this::trimContent).toList();
        if (isInside(f.cue()) || claimedCue(f.cue()) || insideContent(f.cue())
            || content.stream().anyMatch(c -> wordCount(c) < 1 || isInside(c) || overlapsDraft(c))
            || f.source() != null && isInside(f.source())) {
          continue;
        }
        Draft d = new Draft();
        d.rule = f.rule();
        d.mode = f.mode();
        d.cue = f.cue();
        d.source = f.source();
        d.speaker = f.source() == null ? null : resolve(f.source(), s.token(f.sourceHead()).span());
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, content);
        d.confidence = d.speaker == null ? 0.3 : 0.5;
        add(d);
      }
    }

    /**
     * What a noun of communication is about, when a verb's object is one: "issued a message of
     * unity" (unity), "wrote a letter disputing the accusations" (the accusations), "a statement
     * of concern about the refugees" (the refugees); the cue then runs from the verb to the
     * preposition, as PolNeAR marks it. Null when the object is no such noun or says about what.
     */
    Span topicOf(Sentence s, Tree tree, int obj) {
      int n = obj;
      Span found = null;
      for (int depth = 0; depth < 3; depth++) {
        String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
        if (!s.token(n).isNoun() || !Cues.COMMUNICATION.contains(lemma)
            && Cues.nounMode(lemma) == null) {
          return found;
        }
        int next = -1;
        for (int kid : tree.kids.get(n)) {
          String r = tree.rel(kid);
          if (kid <= n || r == null) {
            continue;
          }
          if (r.startsWith("nmod")) {
            int cs = tree.child(kid, "case");
            if (cs >= 0 && cs == tree.first(kid) && Cues.TOPIC_PREPOSITIONS.contains(
                s.token(cs).word().toLowerCase(Locale.ROOT))) {
              next = kid;
              found = trimContent(tree.subtree(kid, Set.of("case")));
              break;
            }
          } else if (r.equals("acl") && s.token(kid).pos().equals("VBG")) {
            int o = tree.child(kid, "obj");
            if (o > kid) {
              return trimContent(tree.subtree(o, Set.of())); // "a letter disputing X"
            }
          }
        }
        if (next < 0) {
          return found;
        }
        n = next;
      }
      return found;
    }

    /**
     * Whether a noun names someone who can hold a view: a person or an organization, a group
     * ("pastors", "Democrats"), or a role ("a spokesman"); not a thing ("a question asking if").
     */
    static boolean canSpeak(Token n) {
      String w = n.lemma().toLowerCase(Locale.ROOT);
      return n.ner().equals("PERSON") || n.ner().equals("ORGANIZATION")
          || n.pos().equals("NNS") || n.pos().equals("NNPS")
          || UNNAMED_HEADS.contains(w) || PERSON_NOUNS.contains(w);
    }

    /** Whether a span is the cue of a statement already found. */
    boolean claimedCue(Span cue) {
      for (Draft d : drafts) {
        if (d.cue != null && d.cue.overlaps(cue)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a span lies inside the content of a statement already found. */
    boolean insideContent(Span x) {
      for (Draft d : drafts) {
        for (Span c : d.content) {
          if (c.contains(x)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a verb outside the lists is a cue by the learned model ({@link CueModel}). */
    boolean learnedCue(Sentence s, Tree tree, Token k) {
      return CueModel.candidate(s, tree.head, tree.rel, k.index())
          && CueModel.shipped().probability(s, tree, k.index()) >= MODEL_CUE;
    }

    /**
     * The mode of a statement: the cue verb's ({@link Cues#mode}), but "stance" when its content is
     * what the source thinks of someone or something rather than words it reported ("endorsed
     * Cruz", "called Trump a fascist", "decried the ruling"), unless the verb is one of belief,
     * intention or knowledge ("voters want change", "a poll showed a tie"); "intention" for an
     * appeal ("called for a ban") or an infinitive after a verb learned as a cue ("pushed to
     * repeal").
     */
    static String mode(Token cue, String construction, boolean infinitive) {
      String listed = Cues.mode(cue.lemma());
      if (construction != null && (!listed.equals("speech") || construction.equals("intention"))) {
        return construction.equals("intention") ? "intention" : listed;
      }
      if (construction != null) {
        return construction;
      }
      return infinitive && !Cues.isCue(cue.lemma()) ? "intention" : listed;
    }

    /**
     * A clausal content cut before a coordinated clause that makes its own attribution, with its
     * own subject and cue verb: "said that Burma's reforms were not complete, and rights groups
     * warned that ..." ends before ", and".
     */
    Span beforeOtherSource(Sentence s, Tree tree, Span content, int cue) {
      List<Token> t = s.tokens();
      for (int i = cue + 1; i < t.size(); i++) {
        Token x = t.get(i);
        if (x.span().start() >= content.end()) {
          break;
        }
        boolean conj = "conj".equals(tree.rel(i));
        // "..., while other voters said they had not heard anything": a contrast with its own
        // source is another attribution too
        boolean contrast = "advcl".equals(tree.rel(i)) && tree.child(i, "mark") >= 0
            && CONTRAST.contains(t.get(tree.child(i, "mark")).word().toLowerCase(Locale.ROOT));
        if (x.span().start() <= content.start() || !x.isVerb() || !conj && !contrast
            || isInside(x.span()) || !Cues.isCue(x.lemma())) {
          continue;
        }
        int subj = tree.subject(i);
        int cc = contrast ? tree.child(i, "mark") : tree.child(i, "cc");
        if (subj < 0 || subj > i || cc < 0 || cc > subj
            || t.get(cc).span().start() <= content.start()
            || !contrast && tree.child(i, "ccomp") < i) {
          continue;
        }
        Span cut = trimContent(new Span(content.start(), t.get(cc).span().start()));
        return wordCount(cut) >= 3 ? cut : content;
      }
      return content;
    }

    /**
     * A noun-phrase content without the participle clause the parser hung on it ("called Clinton a
     * "champion" for its members, citing her work" ends before the comma): that clause tells why
     * or how the source spoke, not what it said.
     */
    Span beforeParticiple(Sentence s, Span content) {
      List<Token> t = s.tokens();
      for (int i = s.tokenAt(content.start()) + 1; i + 1 < t.size(); i++) {
        if (t.get(i).span().start() >= content.end()) {
          break;
        }
        if (t.get(i).word().equals(",") && t.get(i + 1).pos().equals("VBG")
            && !isInside(t.get(i).span())) {
          Span cut = trimContent(new Span(content.start(), t.get(i).span().start()));
          return wordCount(cut) >= 1 ? cut : content;
        }
      }
      return content;
    }

    /**
     * A reporting clause that closes its sentence after a comma: "Secret Service protocol called
     * for ..., sources said." / "..., said Mr. Smith, a spokesman." / "..., the senator told
     * reporters on Monday." Everything before the comma is the content, whatever the parser made
     * of it (it often hangs the clause on the last verb of the content, or makes the content an
     * adverbial of the cue). Contents that are all quotation are left to the pass by quote marks.
     */
    void trailing(Sentence s, Tree tree) {
      List<Token> t = s.tokens();
      int end = t.size();
      while (end > 0 && (t.get(end - 1).isPunctuation())) {
        end--;
      }
      // the last verb of the sentence, with no verb after it
      int v = -1;
      for (int i = end - 1; i > 0 && i >= end - 16; i--) {
        Token k = t.get(i);
        if (k.word().equals(",") || k.word().equals(";")) {
          if (v >= 0) {
            break;
          }
          continue;
        }
        if (k.isVerb() || k.pos().equals("MD")) {
          if (v >= 0 || !Cues.isDirectCue(k.lemma())) {
            // a second verb in the tail ("said Smith, who leads the group") or no cue
            if (v >= 0 && (k.pos().equals("MD") || auxiliary(t, i))) {
              continue;
            }
            if (v >= 0 && (k.pos().equals("VBN") || k.pos().equals("VBG"))) {
              continue; // "a spokesman based in London"
            }
            v = v >= 0 ? -2 : -2;
            break;
          }
          v = i;
        }
      }
      if (v < 0 || isInside(t.get(v).span())) {
        return;
      }
      // the source: the noun phrase right before the verb (and its auxiliaries), or right after it
      int a = v;
      while (a > 0 && (t.get(a - 1).pos().equals("MD") || auxiliary(t, a - 1)
          || t.get(a - 1).pos().startsWith("RB") && a - 1 > 0 && np(t.get(a - 2)))) {
        a--;
      }
      int srcFrom;
      int srcTo;
      int comma;
      if (a > 0 && np(t.get(a - 1))) {
        srcTo = a;
        srcFrom = a;
        while (srcFrom > 0 && (np(t.get(srcFrom - 1)) || t.get(srcFrom - 1).pos().equals("NNPS")
            || t.get(srcFrom - 1).word().equalsIgnoreCase("of") && srcFrom - 1 > 0
            && np(t.get(srcFrom - 2)))) {
          srcFrom--;
        }
        comma = srcFrom - 1;
      } else if (a == v && v > 0 && (t.get(v - 1).word().equals(","))) {
        srcFrom = v + 1;
        srcTo = npEnd(t, srcFrom);
        comma = v - 1;
        if (srcTo == srcFrom) {
          return;
        }
      } else {
        return;
      }
      if (comma < 2 || !t.get(comma).word().equals(",") || srcTo - srcFrom > 10) {
        return;
      }
      Span source = s.span(srcFrom, srcTo);
      String src = source.in(text).toLowerCase(Locale.ROOT);
      if (FIRST_SECOND.contains(src) || NOT_SOURCE.contains(src)
          || isInside(t.get(srcFrom).span())) {
        return;
      }
      Span content = trimContent(new Span(s.span().start(), t.get(comma).span().start()));
      boolean verb = false;
      for (int i = 0; i < comma; i++) {
        if (t.get(i).isVerb() || t.get(i).pos().equals("MD")) {
          verb = true;
          break;
        }
      }
      if (!verb || wordCount(content) < 4 || content.overlaps(source)) {
        return;
      }
      if (isQuoteMarkAt(content.start())) {
        return; // "“...,” he said.": the pass by quote marks takes it, with its other fragments
      }
      int head = srcTo - 1;
      for (int i = srcFrom; i < srcTo; i++) {
        if (t.get(i).word().equalsIgnoreCase("of") || t.get(i).word().equalsIgnoreCase("for")) {
          head = i - 1;
          break;
        }
      }
      Draft d = new Draft();
      d.rule = "reported:trailing:" + t.get(v).lemma();
      d.mode = Cues.mode(t.get(v).lemma());
      d.cue = t.get(v).span();
      d.source = source;
      d.speaker = resolve(source, t.get(head).span());
      d.end = s.span().end();
      d.sentence = s.index();
      shape(d, content);
      if (d.kind == Quote.Kind.DIRECT) {
        return;
      }
      addressee(s, tree, d, v);
      relays(s, tree, d, head);
      d.confidence = d.speaker == null ? 0.4 : 0.85;
      add(d);
    }

    /** Whether a quotation mark opens at this offset. */
    boolean isQuoteMarkAt(int offset) {
      return offset < text.length() && "\"“”«»'`‘’„".indexOf(text.charAt(offset)) >= 0;
    }

    /**
     * A reporting clause set off by commas that the parser hung on the content as a bare
     * dependent: "It would take weeks, he said, and ..." (the subject of the cue right after a
     * comma, a comma or the end right after the cue).
     */
    static boolean between(Sentence s, Tree tree, int cue) {
      int subj = tree.subject(cue);
      if (subj < 1 || subj > cue || tree.first(subj) < 1) {
        return false;
      }
      String before = s.token(tree.first(subj) - 1).word();
      String after = cue + 1 < s.size() ? s.token(cue + 1).word() : ".";
      return before.equals(",") && (after.equals(",") || after.equals("."));
    }

    /**
     * Whether a verb the parser hung on an earlier verb as a loose dependent is its coordinate:
     * "offered the man a job, then says he'll ...", "met Kerry and said ..." misparsed as "dep" or
     * "parataxis"; it shares that verb's subject.
     */
    static boolean coordinated(Sentence s, Tree tree, int v) {
      String r = tree.rel(v);
      int h = tree.head(v);
      if (!"dep".equals(r) && !"parataxis".equals(r) || h < 0 || h > v || !s.token(h).isVerb()) {
        return false;
      }
      int i = v - 1;
      boolean then = false;
      while (i > h && s.token(i).pos().startsWith("RB")) {
        then |= s.token(i).word().equalsIgnoreCase("then");
        i--;
      }
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      return i > h && (s.token(i).pos().equals("CC") && (w.equals("and") || w.equals("but"))
          || then && w.equals(","));
    }

    /**
     * The token of a name or a personal pronoun right before a verb of saying that the parser gave
     * no subject ("... with the editorial board of the Post Trump said that ..."), or -1.
     */
    int nameBefore(Sentence s, int cue) {
      Token b = s.token(cue - 1);
      String w = b.word().toLowerCase(Locale.ROOT);
      boolean name = b.pos().startsWith("NNP") && b.hasEntity()
          && (b.ner().equals("PERSON") || b.ner().equals("ORGANIZATION"));
      boolean pronoun = w.equals("he") || w.equals("she") || w.equals("they");
      return (name || pronoun) && !isInside(b.span()) ? cue - 1 : -1;
    }

    /**
     * A cue with no speaking subject: a passive ("it is said that ...", "Trump was asked whether
     * ...") or a participle opening the sentence ("Asked if he would run, Trump ..."). The source
     * is the agent ("by many") when there is one, else none, as PolNeAR annotates it.
     */
    void unsaid(Sentence s, Tree tree, Token k, Span content) {
      String lemma = k.lemma();
      if (!Cues.isStrong(lemma) && !Cues.BELIEF.contains(lemma)
          && !Cues.KNOWLEDGE.contains(lemma) || isInside(content)) {
        return;
      }
      int v = k.index();
      boolean passive = tree.child(v, "nsubj:pass") >= 0 || tree.child(v, "aux:pass") >= 0;
      boolean opening = k.pos().equals("VBN") && "advcl".equals(tree.rel(v)) && tree.first(v) == v
          && (v == 0 || v == 1 && s.token(0).word().equalsIgnoreCase("when"));
      Span trimmed = trimContent(content);
      if (!passive && !opening || trimmed.overlaps(k.span()) || wordCount(trimmed) < 2) {
        return;
      }
      Draft d = new Draft();
      d.rule = "unsaid:" + lemma;
      d.mode = Cues.mode(lemma);
      d.cue = k.span();
      int agent = tree.child(v, "obl:agent");
      if (agent > v) {
        d.source = tree.subtree(agent, Set.of("case"));
        d.speaker = resolve(d.source, s.token(agent).span());
      }
      d.end = s.span().end();
      d.sentence = s.index();
      shape(d, trimmed);
      d.confidence = 0.5;
      add(d);
    }

    /** What a stance verb is about: its object, with "of"/"for" what ("accused Trump of lying"). */
    Span stance(Sentence s, Tree tree, int cue) {
      int obj = tree.child(cue, "obj");
      if (obj < 0 || obj < cue) {
        return null;
      }
      Span content = tree.subtree(obj, Set.of());
      for (int kid : tree.kids.get(cue)) {
        String r = tree.rel(kid);
        if (kid > obj && ("xcomp".equals(r) || "ccomp".equals(r))) {
          // "wants voters to know", "showed Trump leading the field"
          content = content.union(tree.subtree(kid, Set.of()));
          continue;
        }
        if (r != null && (r.startsWith("obl") || r.equals("advcl")) && kid > obj) {
          int cs = tree.child(kid, "case");
          if (cs < 0) {
            cs = tree.child(kid, "mark");
          }
          if (cs >= 0 && (s.token(cs).word().equalsIgnoreCase("of")
              || s.token(cs).word().equalsIgnoreCase("for"))) {
            content = content.union(tree.subtree(kid, Set.of()));
          }
        }
      }
      return trimContent(content);
    }

    /**
     * What a verb says through a preposition right after it ("railed against the deal", "lashed
     * out at Trump"): the prepositional object without its preposition, or null.
     */
    Span prepObject(Sentence s, Tree tree, int cue) {
      for (int kid : tree.kids.get(cue)) {
        String r = tree.rel(kid);
        if (r == null || !r.startsWith("obl") || kid < cue) {
          continue;
        }
        int cs = tree.child(kid, "case");
        if (cs < 0 || cs != tree.first(kid) || cs > cue + 2 || cs == cue + 2
            && !"compound:prt".equals(tree.rel(cue + 1)) && !s.token(cue + 1).pos().startsWith("RB")) {
          continue;
        }
        return trimContent(tree.subtree(kid, Set.of("case")));
      }
      return null;
    }

    /**
     * What a source cites that is not another speaker ("Clinton cited his remarks as examples of
     * his disrespect": the object and what it is cited as), or null when the object is a person,
     * a body or a source whose words are relayed ("AP cited officials who claimed").
     */
    Span cited(Sentence s, Tree tree, int cue) {
      int obj = tree.child(cue, "obj");
      if (obj < 0 || obj < cue || isInside(s.token(obj).span())) {
        return null;
      }
      Token o = s.token(obj);
      String w = o.lemma().toLowerCase(Locale.ROOT);
      if (o.hasEntity() && !o.ner().equals("DATE") && !o.ner().equals("NUMBER")
          || o.pos().equals("PRP") || UNNAMED_HEADS.contains(w) || PERSON_NOUNS.contains(w)
          || w.endsWith("ist") || w.equals("expert") || w.equals("analyst") || w.equals("report")
          || w.equals("poll") || w.equals("survey") || w.equals("study")
          || !mentionsWithin(new Span(o.span().start(), o.span().end())).isEmpty()) {
        return null;
      }
      Span content = tree.subtree(obj, Set.of());
      for (int kid : tree.kids.get(cue)) {
        String r = tree.rel(kid);
        if (r != null && r.startsWith("obl") && kid > obj) {
          int cs = tree.child(kid, "case");
          if (cs >= 0 && s.token(cs).word().equalsIgnoreCase("as")) {
            content = content.union(tree.subtree(kid, Set.of()));
          }
        }
      }
      content = trimContent(content);
      return wordCount(content) >= 2 ? content : null;
    }

    /**
     * What a verb of appeal asks for: "called for a special prosecutor" (the object of "for",
     * without it), "called on Sanders to release the transcripts" (the addressee and what they
     * are asked to do), or null when the verb has neither.
     */
    Span appeal(Sentence s, Tree tree, int cue) {
      for (int kid : tree.kids.get(cue)) {
        String r = tree.rel(kid);
        int mark = tree.child(kid, "mark");
        if ("advcl".equals(r) && kid > cue && mark >= 0 && mark == tree.first(kid)
            && s.token(mark).word().equalsIgnoreCase("for") && mark <= cue + 2) {
          // "called for the US to step up": the parser made it a clause marked by "for"
          Span whole = tree.subtree(kid, Set.of());
          return trimContent(new Span(s.token(mark).span().end(), whole.end()));
        }
        if (r == null || !r.startsWith("obl") || kid < cue) {
          continue;
        }
        int cs = tree.child(kid, "case");
        if (cs < 0 || cs != tree.first(kid) || cs > cue + 2
            || cs == cue + 2 && !s.token(cue + 1).pos().startsWith("RB")) {
          continue;
        }
        String prep = s.token(cs).word().toLowerCase(Locale.ROOT);
        Span object = tree.subtree(kid, Set.of("case"));
        if (prep.equals("for")) {
          int x = tree.child(cue, "xcomp"); // "called for the US to step up its efforts"
          if (x < 0) {
            x = tree.child(kid, "acl");
          }
          return trimContent(x > kid ? object.union(tree.subtree(x, Set.of())) : object);
        }
        if (prep.equals("on") || prep.equals("upon")) {
          int x = tree.child(cue, "xcomp");
          if (x < 0) {
            x = tree.child(kid, "acl");
          }
          return x > kid ? trimContent(object.union(tree.subtree(x, Set.of()))) : null;
        }
      }
      return null;
    }

    /**
     * What a verb of naming says: its object and what the object is called ("called Trump a
     * fascist", "described the field as "all very good""), or null when it names nothing.
     */
    Span naming(Sentence s, Tree tree, int cue) {
      int obj = tree.child(cue, "obj");
      int iobj = tree.child(cue, "iobj");
      List<Integer> objects = tree.children(cue, "obj");
      if (objects.size() == 2 && objects.get(0) > cue && objects.get(1) > objects.get(0)) {
        // "called Burma a "good news story"" parsed with two objects
        iobj = objects.get(0);
        obj = objects.get(1);
      }
      if (obj > cue && iobj > cue && iobj < obj) {
        // "calling Trump a fascist" parsed as a double object
        return trimContent(tree.subtree(iobj, Set.of()).union(tree.subtree(obj, Set.of())));
      }
      int small = tree.child(cue, "xcomp");
      if (obj < 0 && small > cue && tree.first(small) > cue
          && !s.token(tree.first(small)).pos().equals("TO") && tree.first(small) < small) {
        // "called Trump "unhinged"", "calling Trump a fascist": a small clause as the complement
        return trimContent(tree.subtree(small, Set.of()));
      }
      if (obj < 0 || obj < cue) {
        return null;
      }
      for (int kid : tree.kids.get(obj)) {
        if (kid > obj && "dep".equals(tree.rel(kid))) {
          // "called the statement "offensive"": the predicate hung on the object
          return trimContent(tree.subtree(obj, Set.of()));
        }
      }
      int pred = tree.child(cue, "xcomp");
      if (pred < 0) {
        for (int kid : tree.kids.get(cue)) {
          String r = tree.rel(kid);
          if (r != null && r.startsWith("obl") && kid > obj) {
            int cs = tree.child(kid, "case");
            if (cs >= 0 && s.token(cs).word().equalsIgnoreCase("as")) {
              pred = kid;
            }
          }
        }
      }
      if (pred < 0) {
        return null;
      }
      Span a = tree.subtree(obj, Set.of());
      Span b = tree.subtree(pred, Set.of());
      return trimContent(a.union(b));
    }

    /**
     * The clause after a verb of saying that the parser did not make its complement ("said much
     * of his discussion was about Israel" parsed with "much" as the object): from the first word
     * after the verb, its addressee and its adverbials ("told CNN on Monday"), to the end of the
     * sentence, when that holds a verb and does not start as an object pronoun or a preposition.
     */
    Span bareComplement(Sentence s, Tree tree, int cue) {
      List<Token> t = s.tokens();
      int subj = tree.subject(cue);
      int h = tree.head(cue);
      // "Trump doubled down and said the judge had ...": a conjunct shares its head's subject
      boolean shared = subj < 0 && h >= 0 && h < cue
          && ("conj".equals(tree.rel(cue)) || "xcomp".equals(tree.rel(cue)))
          && tree.subject(h) >= 0 && tree.subject(h) < h;
      if (tree.child(cue, "nsubj:pass") >= 0 || subj < 0 && !shared || subj > cue) {
        return null;
      }
      int from = cue + 1;
      boolean moved = true;
      while (moved && from < t.size()) {
        moved = false;
        int r = from;
        if (t.get(r).word().equals(",")) {
          break;
        }
        for (int kid : tree.kids.get(cue)) {
          String rel = tree.rel(kid);
          boolean skip = rel != null && (rel.startsWith("obl") || rel.startsWith("advmod")
              || rel.startsWith("nmod:tmod") || rel.equals("iobj")
              || rel.equals("obj") && Cues.ADDRESSEE_OBJECT.contains(t.get(cue).lemma()));
          if (skip && tree.first(kid) == from) {
            Span sub = tree.subtree(kid, Set.of("acl:relcl", "acl"));
            int next = s.tokenAt(sub.end());
            if (next > from) {
              from = next;
              moved = true;
            }
          }
        }
      }
      if (from >= t.size()) {
        return null;
      }
      Token first = t.get(from);
      String w = first.word().toLowerCase(Locale.ROOT);
      if (first.isPunctuation() && !Tree.isQuoteMark(first) || first.pos().equals("IN")
          && !w.equals("that") && !w.equals("if") || first.pos().equals("TO")
          || w.equals("it") || w.equals("so") || w.equals("this") || w.equals("nothing")
          || w.equals("something") || w.equals("anything") || w.equals("yes") || w.equals("no")) {
        return null;
      }
      boolean verb = false;
      for (int i = from + 1; i < t.size(); i++) {
        if (t.get(i).isVerb() || t.get(i).pos().equals("MD")) {
          verb = true;
          break;
        }
      }
      Span content = trimContent(new Span(first.span().start(), s.span().end()));
      return verb && wordCount(content) >= 4 ? content : null;
    }

    /**
     * Sets the kind and content of a reported statement: all quotation (direct), some (partial,
     * widened to whole quotations), or none (indirect); claims the quotations it holds.
     */
    void shape(Draft d, Span content) {
      shape(d, List.of(content));
    }

    /** {@link #shape(Draft, Span)} for a content in fragments around an inserted cue. */
    void shape(Draft d, List<Span> fragments) {
      fragments = withoutTrailingAside(d, withAdjunct(d, withAsComplement(d, withStrandedPredicate(d, fragments))));
      if (fragments.size() > 1) {
        // each fragment on its own, widened to the quotations it holds part of
        d.kind = Quote.Kind.INDIRECT;
        for (Span f : fragments) {
          Span wide = f;
          for (Quoted q : quotedOverlapping(f)) {
            wide = wide.union(q.inner().get(0)).union(q.inner().get(q.inner().size() - 1));
            d.claims.add(q);
            d.kind = Quote.Kind.PARTIAL;
          }
          d.content.add(trimContent(wide));
        }
        return;
      }
      Span content = fragments.get(0).union(fragments.get(fragments.size() - 1));
      List<Quoted> over = quotedOverlapping(content);
      d.kind = Quote.Kind.INDIRECT;
      if (over.isEmpty()) {
        d.content.add(content);
        return;
      }
      int residue = 0;
      int from = content.start();
      for (Quoted q : over) {
        residue += letters(from, Math.max(from, q.outer().start()));
        from = Math.max(from, q.outer().end());
      }
      residue += letters(from, Math.max(from, content.end()));
      if (residue == 0) {
        d.kind = Quote.Kind.DIRECT;
        for (Quoted q : over) {
          d.content.addAll(q.inner());
        }
      } else {
        d.kind = Quote.Kind.PARTIAL;
        Span wide = content;
        for (Quoted q : over) {
          wide = wide.union(q.inner().get(0)).union(q.inner().get(q.inner().size() - 1));
        }
        d.content.add(trimContent(wide));
      }
      d.claims.addAll(over);
    }

    /** Whether {@code last} is a content fragment that follows its cue: what the extensions reshape. */
    private static boolean afterCue(Draft d, Span last) {
      return d.cue != null && !last.isEmpty() && last.start() >= d.cue.end();
    }

    /**
     * The index in {@code s} of the word that starts right after {@code end}, with only spaces
     * between them; -1 when there is none (no sentence, its end, or punctuation between).
     */
    private int wordRightAfter(Sentence s, int end) {
      if (s == null || s.span().end() <= end) {
        return -1;
      }
      List<Token> t = s.tokens();
      int j = s.tokenAt(end);
      while (j >= 0 && j < t.size() && t.get(j).span().start() < end) {
        j++;
      }
      if (j <= 0 || j >= t.size() || !text.substring(end, t.get(j).span().start()).isBlank()) {
        return -1;
      }
      return j;
    }

    /**
     * A content that ends on a noun phrase followed at once by a finite verb or a modal takes that
     * predicate in: the parser read the subject of the reported clause as the object of a verb
     * ("said he believed the campaign | would be well represented", "found the country | is on the
     * wrong path"), and the noun phrase alone says nothing.
     */
    List<Span> withStrandedPredicate(Draft d, List<Span> fragments) {
      Span last = fragments.get(fragments.size() - 1);
      // a comma in the content leaves the noun phrase at its end to another clause ("if the
      // emails show X, one of her aides could ...")
      if (!afterCue(d, last) || text.substring(last.start(), last.end()).indexOf(',') >= 0) {
        return fragments;
      }
      Sentence s = sentenceAt(last.end() - 1);
      int j = wordRightAfter(s, last.end());
      if (j < 0) {
        return fragments;
      }
      List<Token> t = s.tokens();
      Token v = t.get(j);
      String before = t.get(j - 1).pos();
      boolean finite = v.pos().equals("MD") || v.pos().equals("VBZ") || v.pos().equals("VBP")
          || v.pos().equals("VBD");
      if (!finite || !(before.startsWith("NN") || before.equals("PRP") || before.equals("CD"))
          || isInside(v.span()) || Cues.isCue(v.lemma())) {
        return fragments;
      }
      Tree tree = tree(s);
      String r = tree.rel(j);
      int h = r != null && (r.equals("aux") || r.startsWith("aux:") || r.equals("cop"))
          ? tree.head(j) : j;
      if (h < j || v.span().overlaps(d.cue)) {
        return fragments;
      }
      // the cue inside the predicate's subject or an adverbial clause ("Democrats supporting
      // Mrs. Clinton have pointed to ...") is no misparse: only a cue hung on it as its clausal
      // subject is
      for (int a = s.tokenAt(d.cue.start()); a >= 0 && a < t.size(); a = tree.head(a)) {
        if (tree.head(a) == h) {
          String ra = tree.rel(a);
          if (ra == null || !ra.startsWith("csubj")) {
            return fragments;
          }
          break;
        }
      }
      Span predicate = tree.subtree(h, Set.of());
      if (predicate.end() <= last.end()) {
        return fragments;
      }
      return withLast(fragments, trimContent(new Span(last.start(), predicate.end())));
    }

    /** The fragments with the last one replaced. */
    static List<Span> withLast(List<Span> fragments, Span last) {
      List<Span> out = new ArrayList<>(fragments);
      out.set(out.size() - 1, last);
      return out;
    }

    /**
     * A noun-object content takes the "as" phrase that says what the source made of it:
     * "described Mexican immigrants | as criminals", "cited the program | as a model". The phrase
     * is the stance itself; without it the content names only what the source spoke about.
     */
    List<Span> withAsComplement(Draft d, List<Span> fragments) {
      Span last = fragments.get(fragments.size() - 1);
      if (!afterCue(d, last)) {
        return fragments;
      }
      Sentence s = sentenceAt(last.end() - 1);
      int j = wordRightAfter(s, last.end());
      if (j < 0 || !s.tokens().get(j).word().equalsIgnoreCase("as")) {
        return fragments;
      }
      List<Token> t = s.tokens();
      Tree tree = tree(s);
      int p = tree.head(j);
      if (!"case".equals(tree.rel(j)) || p <= j) {
        return fragments;
      }
      int owner = tree.head(p);
      int cue = s.tokenAt(d.cue.start());
      boolean onCue = owner == cue;
      boolean onObject = owner >= 0 && last.contains(t.get(owner).span());
      if (!onCue && !onObject) {
        return fragments;
      }
      Span phrase = tree.subtree(p, Set.of());
      if (phrase.end() <= last.end()) {
        return fragments;
      }
      return withLast(fragments, trimContent(new Span(last.start(), phrase.end())));
    }

    /** Nouns that date a remark ("on Monday", "on Tuesday night", "this week"). */
    static final Set<String> SPEAKING_TIME = Set.of("monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon",
        "evening", "night", "weekend", "week");

    /**
     * A noun-object content takes the phrase that follows it at once and hangs on the cue: what
     * the remark was about or where it was made ("praised his respect for women | in a debate",
     * "urged Republican leaders | to disavow Mr. Trump"). The phrase belongs to the report; a date
     * only says when the source spoke.
     */
    List<Span> withAdjunct(Draft d, List<Span> fragments) {
      Span last = fragments.get(fragments.size() - 1);
      if (!afterCue(d, last)) {
        return fragments;
      }
      Sentence s = sentenceAt(last.end() - 1);
      int j = wordRightAfter(s, last.end());
      if (j < 0 || isInside(s.token(j).span())) {
        return fragments;
      }
      List<Token> t = s.tokens();
      Token w = t.get(j);
      String lw = w.word().toLowerCase(Locale.ROOT);
      boolean prep = w.pos().equals("IN") && !lw.equals("that") && !lw.equals("if")
          && !lw.equals("as") && !lw.equals("because") && !lw.equals("whether")
          && !lw.equals("while") && !lw.equals("although") && !lw.equals("though");
      if (!prep && !w.pos().equals("TO")) {
        return fragments;
      }
      for (int i = s.tokenAt(last.start()); i >= 0 && i < t.size()
          && t.get(i).span().start() < last.end(); i++) {
        if (t.get(i).isVerb() || t.get(i).pos().equals("MD")) {
          return fragments;
        }
      }
      Tree tree = tree(s);
      int p = tree.head(j);
      String r = tree.rel(j);
      int cue = s.tokenAt(d.cue.start());
      // a preposition as the case of a noun, "to" as the mark of an infinitive: no clause opener
      if (p <= j || cue < 0 || tree.head(p) != cue || !(prep ? "case" : "mark").equals(r)) {
        return fragments;
      }
      String rp = tree.rel(p);
      // a date says when the source spoke, not what ("railed against the sanctions | on Monday")
      boolean when = SPEAKING_TIME.contains(t.get(p).word().toLowerCase(Locale.ROOT));
      boolean fits = rp != null && !when && (prep ? rp.startsWith("obl") : rp.equals("xcomp"));
      if (!fits) {
        return fragments;
      }
      Span phrase = tree.subtree(p, Set.of());
      if (phrase.end() <= last.end() || phrase.start() < last.end()) {
        return fragments;
      }
      return withLast(fragments, trimContent(new Span(last.start(), phrase.end())));
    }

    /**
     * A reported content without the aside that closes it after a comma: a relative clause on its
     * last noun ("backed a super PAC supporting John Faso, who is trying to ...") or a participle
     * clause ("said it would not file its statement in time, warning that ..."). The aside is the
     * writer's gloss, not what the source said. Only an aside that runs to the end of the content
     * is cut; one in the middle ("the plan, which passed in 2010, would fail") is part of it.
     */
    List<Span> withoutTrailingAside(Draft d, List<Span> fragments) {
      Span last = fragments.get(fragments.size() - 1);
      if (!afterCue(d, last)) {
        return fragments;
      }
      Sentence s = sentenceAt(last.start());
      if (s == null) {
        return fragments;
      }
      List<Token> t = s.tokens();
      Tree tree = null;
      for (int i = s.tokenAt(last.start()) + 1; i > 0 && i + 1 < t.size(); i++) {
        Token comma = t.get(i);
        if (comma.span().start() >= last.end()) {
          break;
        }
        if (dash(comma) && !isInside(comma.span()) && !dashBefore(s, d.cue, last)) {
          // a dash that opens a remark running to the end of the content: the writer's aside
          // ("took aim at Mr. Trump's unpopularity - his negatives ...", "... - a move that ...")
          // a pair of dashes sets off an insertion the content goes on after: skip it whole
          int close = -1;
          for (int k = i + 1; k < t.size() && t.get(k).span().start() < last.end(); k++) {
            if (dash(t.get(k))) {
              close = k;
              break;
            }
          }
          if (close >= 0) {
            i = close;
            continue;
          }
          // what extends the content's last words goes on with it ("— including X", "— with the
          // exception of Y", "— and more")
          String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
          Span lead = trimContent(new Span(last.start(), comma.span().start()));
          if (wordCount(lead) >= 4 && !EXTENDING.contains(next)) {
            return withLast(fragments, lead);
          }
          continue;
        }
        if (!comma.word().equals(",") || isInside(comma.span())) {
          continue;
        }
        Token w = t.get(i + 1);
        String lw = w.word().toLowerCase(Locale.ROOT);
        int h = i + 1;
        if (lw.equals("a") || lw.equals("an") || lw.equals("the")) {
          // an appositive that closes the content describes its last noun in the writer's words
          // ("a match against Mrs. Clinton, a former secretary of state")
          if (tree == null) {
            tree = tree(s);
          }
          int n = tree.head(h);
          if (n > i + 1 && "appos".equals(tree.rel(n)) && tree.head(n) >= 0
              && last.contains(t.get(tree.head(n)).span())) {
            Span aside = trimContent(tree.subtree(n, Set.of()));
            Span cut = trimContent(new Span(last.start(), comma.span().start()));
            if (aside.start() >= comma.span().end() && aside.end() >= last.end()
                && wordCount(cut) >= 3) {
              return withLast(fragments, cut);
            }
          }
          continue;
        }
        if ((lw.equals("while") || lw.equals("as")) && i + 2 < t.size()
            && t.get(i + 2).pos().equals("VBG")) {
          h = i + 2; // ", while emphasizing that ..."
          w = t.get(h);
        }
        boolean relative = lw.equals("which") || lw.equals("who") || lw.equals("whom")
            || lw.equals("whose");
        boolean participle = w.pos().equals("VBG");
        if (!relative && !participle) {
          continue;
        }
        // a participle of saying starts the source's next statement whatever the parse made of
        // it (", arguing such a law could ...", ", while emphasizing it is not ...")
        boolean saying = participle && Cues.isStrong(w.lemma());
        Span lead = trimContent(new Span(last.start(), comma.span().start()));
        if (saying && wordCount(lead) >= 3) {
          return withLast(fragments, lead);
        }
        if (tree == null) {
          tree = tree(s);
        }
        if (relative) {
          // the verb of the relative clause, up from the pronoun
          for (int k = 0; k < 3 && h >= 0 && !"acl:relcl".equals(tree.rel(h)); k++) {
            h = tree.head(h);
          }
          if (h < 0 || !"acl:relcl".equals(tree.rel(h))) {
            continue;
          }
        }
        // a participle on the reported verb tells what the reported subject did ("would avoid
        // helping him, choosing instead to ..."): part of the content; one that reports in turn
        // ("..., warning that ...") or hangs outside the content is the source's next statement
        if (participle && !Cues.isCue(w.lemma()) && tree.head(h) >= 0
            && last.contains(t.get(tree.head(h)).span())) {
          continue;
        }
        Span aside = trimContent(tree.subtree(h, Set.of()));
        if (aside.start() < comma.span().end() || aside.end() < last.end()) {
          continue;
        }
        Span cut = trimContent(new Span(last.start(), comma.span().start()));
        if (wordCount(cut) < 3) {
          return fragments;
        }
        return withLast(fragments, cut);
      }
      return fragments;
    }

    /**
     * Whether {@code k} is a dash set off as punctuation, with a space before it: the tokenizer
     * splits "front-runner" at its hyphen, and a dash glued to a quotation mark is the speaker's.
     */
    boolean dash(Token k) {
      String w = k.word();
      int at = k.span().start();
      return (w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014"))
          && at > 0 && Character.isWhitespace(text.charAt(at - 1));
    }

    /**
     * Whether a dash stands between the cue and the content: the content then starts inside a
     * pair of dashes or after one ("according to the study — which used ... — the retail
     * industry is ..."), and a dash in it may close that pair.
     */
    boolean dashBefore(Sentence s, Span cue, Span content) {
      int from = Math.min(cue.end(), content.start());
      for (Token k : s.tokens()) {
        if (k.span().start() >= from && k.span().end() <= content.start() && dash(k)) {
          return true;
        }
      }
      return false;
    }

    /** Words after a dash that carry the content on rather than comment on it. */
    static final Set<String> EXTENDING = Set.of("including", "with", "and", "or", "but", "not",
        "at", "less", "plus", "especially", "particularly", "than", "mostly", "mainly");

    /** Letters and digits in {@code [from, to)}: what is left of a clause outside its quotes. */
    int letters(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          n++;
        }
      }
      return n;
    }

    /** Whether the subject of a weak cue is someone who can speak, not a document or a figure. */
    boolean speakerLike(Sentence s, Tree tree, int head, String speaker) {
      Token h = s.token(head);
      String w = h.word().toLowerCase(Locale.ROOT);
      if (w.equals("he") || w.equals("she") || w.equals("they") || w.equals("i")
          || w.equals("we")) {
        return true;
      }
      if (h.ner().equals("PERSON")) {
        return true;
      }
      if (speaker == null) {
        return false;
      }
      Actor a = actor(speaker);
      return a != null && (a.kind() != Actor.Kind.GROUP || a.anonymous() || a.country().isPresent());
    }

    /** "AP cited officials who claimed": the subject of cite relays; "as cited by TASS" too. */
    void relays(Sentence s, Tree tree, Draft d, int speakerHead) {
      if (tree.head(speakerHead) >= 0 && "obj".equals(tree.rel(speakerHead))) {
        int v = tree.head(speakerHead);
        if (Cues.RELAY.contains(s.token(v).lemma())) {
          int subj = tree.subject(v);
          if (subj >= 0) {
            addRelay(d, s.token(subj).span());
            for (int conj : tree.children(subj, "conj")) {
              addRelay(d, s.token(conj).span());
            }
          }
        }
      }
      relayWords(s, d, d.cue.end());
      // "a US official, who spoke on condition of anonymity to AP": an outlet inside the source
      if (d.source != null) {
        for (Mention m : mentionsWithin(d.source)) {
          if (m.actor().kind() == Actor.Kind.MEDIA && !m.actor().id().equals(d.speaker)) {
            addRelayId(d, m.actor().id());
          }
        }
      }
    }

    /** "as cited by TASS", "as quoted by RIA", "as reported by X" after the cue. */
    void relayWords(Sentence s, Draft d, int after) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        if (t.get(i).span().start() < after || isInside(t.get(i).span())) {
          continue;
        }
        String w = t.get(i).lemma().toLowerCase(Locale.ROOT);
        if ((w.equals("cite") || w.equals("quote") || w.equals("report"))
            && t.get(i + 1).word().equalsIgnoreCase("by")) {
          int j = i + 2;
          int end = npEnd(t, j);
          if (end > j) {
            addRelay(d, s.span(j, end));
          }
        }
      }
    }

    void addRelay(Draft d, Span mention) {
      String id = resolve(mention, mention);
      if (id != null) {
        addRelayId(d, id);
      }
    }

    void addRelayId(Draft d, String id) {
      if (!d.relayedBy.contains(id) && !id.equals(d.speaker)) {
        d.relayedBy.add(id);
      }
    }

    /** "told reporters", "told RT": the object of a telling verb. */
    void addressee(Sentence s, Tree tree, Draft d, int cue) {
      if (!Cues.ADDRESSEE_OBJECT.contains(s.token(cue).lemma())) {
        return;
      }
      int obj = tree.child(cue, "obj");
      if (obj < 0) {
        obj = tree.child(cue, "iobj");
      }
      Span a;
      int head;
      if (obj >= 0 && !isInside(s.token(obj).span())) {
        a = tree.subtree(obj, Set.of("acl:relcl", "acl"));
        head = obj;
      } else {
        int end = npEnd(s.tokens(), cue + 1);
        if (end == cue + 1) {
          return;
        }
        a = s.span(cue + 1, end);
        head = end - 1;
      }
      if (d.content.stream().anyMatch(c -> c.overlaps(a))) {
        return;
      }
      d.addressee = resolve(a, s.token(head).span());
    }

    /**
     * A noun of saying, thinking or intending with its clause: "Trump's claim that thousands were
     * shot", "the report that he lost $915 million", "his plan to cut taxes", "Trump made the
     * claim that ...". The source is the noun's possessor, else the subject of the verb whose
     * object the noun is, else none (PolNeAR annotates such attributions without a source).
     */
    void nominal(Sentence s, Tree tree) {
      List<Token> t = s.tokens();
      for (Token n : t) {
        if (!n.isNoun() || isInside(n.span())) {
          continue;
        }
        String mode = Cues.nounMode(n.lemma().toLowerCase(Locale.ROOT));
        if (mode == null) {
          continue;
        }
        int clause = -1;
        for (int kid : tree.kids.get(n.index())) {
          String r = tree.rel(kid);
          if (kid <= n.index() || !("acl".equals(r) || "ccomp".equals(r))) {
            continue;
          }
          int first = tree.first(kid);
          String w = t.get(first).word().toLowerCase(Locale.ROOT);
          if (first == n.index() + 1 && "mark".equals(tree.rel(first))
              && (w.equals("that") && !mode.equals("intention")
              || w.equals("to") && mode.equals("intention"))) {
            clause = kid;
            break;
          }
        }
        if (clause < 0) {
          continue;
        }
        Span content = trimContent(tree.subtree(clause, Set.of()));
        if (wordCount(content) < 4 || isInside(content)) {
          continue;
        }
        Span source = null;
        int head = tree.child(n.index(), "nmod:poss");
        int v = tree.head(n.index());
        String rel = tree.rel(n.index());
        if (head >= 0 && head < n.index()) {
          source = tree.subtree(head, Set.of("case"));
        } else if (tree.first(n.index()) < n.index()
            && s.token(n.index() - 1).pos().startsWith("NNP")) {
          // "a New York Times report that ...": the name before the noun
          head = n.index() - 1;
          source = s.span(tree.first(n.index()), n.index());
        } else if (v >= 0 && rel != null && (rel.equals("obj") || rel.startsWith("obl"))
            && HOLDING.contains(s.token(v).lemma())) {
          // "Trump made the claim that", "Democrats persisted in arguments that"
          head = tree.subject(v);
          source = head >= 0 && head < n.index() ? tree.subtree(head, Set.of()) : null;
        }
        if (source != null) {
          String w = source.in(text).toLowerCase(Locale.ROOT);
          if (NOT_SOURCE.contains(w) || isInside(source)) {
            continue;
          }
        }
        Draft d = new Draft();
        d.rule = "nominal:" + n.lemma().toLowerCase(Locale.ROOT);
        d.mode = mode;
        d.cue = n.span();
        d.source = source;
        d.speaker = source == null ? null : resolve(source, s.token(head).span());
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, content);
        d.confidence = d.speaker == null ? 0.3 : 0.6;
        add(d);
      }
    }

    // --- pass 2: according to X ------------------------------------------------------------------

    void accordingTo(Sentence s) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        if (!t.get(i).word().equalsIgnoreCase("according") || !t.get(i + 1).word().equalsIgnoreCase("to")
            || isInside(t.get(i).span())) {
          continue;
        }
        int from = i + 2;
        int end = sourceEnd(t, from);
        if (end == from) {
          continue;
        }
        Span source = s.span(from, end);
        Span content;
        Span rest = null;
        if (i > 1 && t.get(i - 1).word().equals(",") && end + 1 < t.size()
            && t.get(end).word().equals(",")) {
          // ", according to X, ..." set off inside the sentence: the words on both sides
          Span after = trimContent(new Span(t.get(end + 1).span().start(), s.span().end()));
          rest = wordCount(after) >= 2 ? after : null;
        }
        if (i == 0 || i == 1 && t.get(0).isPunctuation()) {
          int c = end;
          while (c < t.size() && t.get(c).isPunctuation()) {
            c++;
          }
          if (c >= t.size()) {
            continue;
          }
          content = new Span(t.get(c).span().start(), s.span().end());
        } else {
          content = new Span(s.span().start(), t.get(i).span().start());
        }
        content = trimContent(content);
        if (content.isEmpty() || wordCount(content) + (rest == null ? 0 : wordCount(rest)) < 3
            || overlapsDraft(content) || rest != null && overlapsDraft(rest)) {
          continue;
        }
        Draft d = new Draft();
        d.rule = "according-to";
        d.mode = "speech";
        d.cue = s.span(i, i + 2);
        d.source = source;
        d.speaker = resolve(source, t.get(end - 1).span());
        d.end = s.span().end();
        d.sentence = s.index();
        shape(d, rest == null ? List.of(content) : List.of(content, rest));
        d.confidence = d.speaker == null ? 0.4 : 0.8;
        add(d);
      }
    }

    // --- pass 4: the headline -----------------------------------------------------------------

    /**
     * "Lavrov: Moscow will not yield" and "Moscow will not yield - Lavrov": a headline that gives
     * its words to a short name before a colon or after a final dash.
     */
    void headline(Span title) {
      int bar = title.in(text).indexOf(" | ");
      if (bar > 0 && wordCount(new Span(title.start(), title.start() + bar)) >= 3) {
        title = new Span(title.start(), title.start() + bar); // "... | Reuters": the outlet's tag
      }
      String h = title.in(text);
      Matcher m = HEADLINE_COLON.matcher(h);
      Span source;
      Span cue;
      Span content;
      String speaker;
      if (m.matches() && !NOT_HEADLINE_SOURCE.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        source = new Span(title.start() + m.start(1), title.start() + m.end(1));
        cue = new Span(title.start() + m.start(2), title.start() + m.end(2));
        content = new Span(title.start() + m.start(3), title.start() + m.end(3));
        speaker = resolveName(source);
        if (speaker == null && !groupLabel(source)) {
          return; // "Bill is back: ...", "Spoiler no more: ..." name no speaker
        }
        // "Rubio: I still believe Trump can't be trusted ...": what the parse found inside the
        // words gives way to the headline's speaker
        Span words = trimContent(content);
        for (Draft o : new ArrayList<>(drafts)) {
          if (o.cue != null && words.contains(o.cue)
              && o.content.stream().allMatch(words::contains)) {
            drafts.remove(o);
            claimed.values().removeIf(x -> x == o);
          }
        }
      } else if ((m = HEADLINE_SAYS.matcher(h)).matches()
          && resolveName(new Span(title.start() + m.start(1), title.start() + m.end(1))) != null) {
        source = new Span(title.start() + m.start(1), title.start() + m.end(1));
        cue = new Span(title.start() + m.start(2), title.start() + m.end(2));
        int to = title.start() + m.end(3);
        Matcher next = NEXT_HEADLINE_VERB.matcher(text).region(title.start() + m.start(3), to);
        content = new Span(title.start() + m.start(3), next.find() ? next.start() : to);
        speaker = resolveName(source);
        Span whole = title;
        if (drafts.stream().anyMatch(o -> o.cue != null && whole.contains(o.cue))) {
          return; // the parse read the headline already
        }
      } else if ((m = HEADLINE_TRAIL.matcher(h)).matches()) {
        content = new Span(title.start() + m.start(1), title.start() + m.end(1));
        source = new Span(title.start() + m.start(2), title.start() + m.end(2));
        cue = new Span(title.start() + m.start(3), title.start() + m.end(3));
        speaker = resolveName(source);
        Span whole = title;
        if (drafts.stream().anyMatch(o -> o.cue != null && whole.contains(o.cue))) {
          return; // the parse read the headline already
        }
      } else {
        m = HEADLINE_DASH.matcher(h);
        if (!m.matches()) {
          return;
        }
        content = new Span(title.start() + m.start(1), title.start() + m.end(1));
        cue = new Span(title.start() + m.start(2), title.start() + m.end(2));
        source = new Span(title.start() + m.start(3), title.start() + m.end(3));
        speaker = resolveName(source);
        if (speaker == null || actor(speaker).kind() != Actor.Kind.PERSON) {
          return; // "... - The New York Times" names the outlet, not a speaker
        }
      }
      content = trimContent(content);
      if (wordCount(content) < 3 || wordCount(source) > 6) {
        return;
      }
      Draft d = new Draft();
      d.rule = "headline";
      d.mode = "speech";
      d.cue = cue;
      d.source = source;
      d.speaker = speaker;
      d.end = title.end();
      d.kind = quotedOverlapping(content).isEmpty() ? Quote.Kind.INDIRECT : Quote.Kind.PARTIAL;
      d.content.add(content);
      d.confidence = d.speaker == null ? 0.4 : 0.7;
      add(d);
    }

    /**
     * The first line of an article without a found title, when it stands alone as a one-sentence
     * paragraph (a title ending in a full stop): it may still be a headline.
     */
    Optional<Span> headlineLine() {
      for (Sentence s : sentences) {
        if (skipped(s.span()) || inPost(s.span())) {
          continue;
        }
        int a = s.span().start();
        int b = s.span().end();
        boolean lineStart = a == 0 || text.charAt(a - 1) == '\n';
        boolean lineEnd = b >= text.length() || text.charAt(b) == '\n';
        return lineStart && lineEnd && s.span().length() <= 200 && (drafts.stream()
            .noneMatch(d -> d.content.stream().anyMatch(c -> c.overlaps(s.span())))
            || HEADLINE_COLON.matcher(s.span().in(text)).matches())
            ? Optional.of(s.span()) : Optional.empty();
      }
      return Optional.empty();
    }

    /**
     * Whether a headline label before a colon that names no known actor can still name a source:
     * "Poll: ...", "Report: ...", "AP: ...", "Historians: ...", "WSJ editorial: ...", but not a
     * clause or a list ("Bill is back: ...", "On Trade, Angry Voters Have Point: ...").
     */
    boolean groupLabel(Span source) {
      String label = source.in(text).strip();
      if (label.indexOf(',') >= 0) {
        return false;
      }
      for (String w : label.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were")
            || w.equals("no") || w.equals("not")) {
          return false;
        }
      }
      return true;
    }

    /**
     * The first line of an article without a found title when it runs on into a deck line in the
     * same paragraph ("Clinton: Trump's view of the world is 'dangerously wrong'; \nIn speech to
     * AIPAC, she ..."): the title ends the line, before a closing ';' or '|', and the sentence
     * splitter took title and deck for one sentence. Empty when the first line is a paragraph of
     * its own (see {@link #headlineLine()}) or too long for a title.
     */
    Optional<Span> titleLine() {
      int a = 0;
      while (a < text.length() && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      int nl = text.indexOf('\n', a);
      if (nl < 0 || nl - a > 200 || nl + 1 >= text.length() || text.charAt(nl + 1) == '\n'
          || skipped(new Span(a, nl)) || inPost(new Span(a, nl))) {
        return Optional.empty();
      }
      int b = nl;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b == a || text.charAt(b - 1) != ';' && text.charAt(b - 1) != '|') {
        return Optional.empty();
      }
      Span line = trimContent(new Span(a, b - 1));
      return wordCount(line) >= 3 ? Optional.of(line) : Optional.empty();
    }

    /**
     * Parts each attribution found across the end of a run-on title line (see {@link
     * #titleLine()}) at that line end, keeping the side of its cue: "Campaign for Trump says he'll
     * recast image; | Incendiary style amounts to an act, top aide implies ..." gives "says" only
     * "he'll recast image", and "top aide" speaks for the deck, not "Ryan wages campaign".
     */
    void cutAtTitleEnd(Span title) {
      int end = text.indexOf('\n', title.end());
      int next = end + 1;
      for (Draft d : new ArrayList<>(drafts)) {
        if (d.cue == null || d.content.stream().noneMatch(c -> c.start() < end && c.end() > next)
            && (d.source == null || d.source.start() >= end || d.source.end() <= next)) {
          continue; // not across the line end
        }
        boolean above = d.cue.end() <= end;
        List<Span> kept = new ArrayList<>();
        for (Span c : d.content) {
          Span part = above ? new Span(c.start(), Math.max(c.start(), Math.min(c.end(), end)))
              : new Span(Math.min(c.end(), Math.max(c.start(), next)), c.end());
          part = trimContent(part);
          if (wordCount(part) > 0) {
            kept.add(part);
          }
        }
        if (kept.equals(d.content)) {
          continue;
        }
        if (kept.isEmpty() || kept.stream().mapToInt(this::wordCount).sum() < 2) {
          drafts.remove(d);
          claimed.values().removeIf(x -> x == d);
          continue;
        }
        d.content.clear();
        d.content.addAll(kept);
        if (d.source != null && d.source.start() < end && d.source.end() > next) {
          Span src = trimContent(above ? new Span(d.source.start(), end)
              : new Span(next, d.source.end()));
          d.source = wordCount(src) > 0 ? src : null;
          d.speaker = d.source == null ? null : resolveName(d.source);
        }
      }
    }

    /** The actor a name outside the parsed body refers to: by its mentions' text or surname. */
    String resolveName(Span mention) {
      String m = mention.in(text).strip().toLowerCase(Locale.ROOT);
      for (Actor a : actors) {
        if (a.name().toLowerCase(Locale.ROOT).equals(m)) {
          return a.id();
        }
      }
      Actor a = surnames.get(m.substring(m.lastIndexOf(' ') + 1));
      return a == null ? null : a.id();
    }

    // --- pass 3: quotations by their marks -------------------------------------------------------

    void direct() {
      Draft previous = null;
      for (int qi = 0; qi < quoted.size(); qi++) {
        Quoted q = quoted.get(qi);
        Draft owner = claimed.get(q);
        if (owner != null) {
          previous = owner;
          if (owner.kind == Quote.Kind.DIRECT && qi + 1 < quoted.size()) {
            Quoted next = quoted.get(qi + 1);
            if (!claimed.containsKey(next) && splitContinues(q, owner, next)) {
              owner.content.addAll(next.inner());
              owner.end = Math.max(owner.end, next.outer().end());
              claimed.put(next, owner);
              qi++;
            }
          }
          continue;
        }
        Sentence last = sentenceAt(q.outer().end() - 1);
        Draft d = last == null ? null : after(q, last);
        Sentence following = last == null ? null : attributionAfter(q, last);
        if (d == null && following != null) {
          d = after(q, following); // "“Get ready!” he told the crowd." split after the mark
        }
        if (d == null) {
          Sentence first = sentenceAt(q.outer().start());
          d = first == null ? null : before(q, first);
        }
        if (d == null) {
          d = colonLead(q);
        }
        if (d == null && (previous == null || !adjacent(previous, q))) {
          Draft r = reportedJustBefore(q);
          if (r != null) {
            previous = r; // "Trump speculated that ..." then the quote in the next paragraph
          }
        }
        if (d == null && previous != null && previous.kind == Quote.Kind.DIRECT
            && previous.cue != null && adjacent(previous, q) && sameParagraph(previous, q)) {
          // the quotation runs on after its attribution ("...," he said. "...") or into the next
          // paragraph: more fragments of the same quote
          previous.content.addAll(q.inner());
          previous.end = Math.max(previous.end, q.outer().end());
          claimed.put(q, previous);
          continue;
        }
        if (d == null && previous != null && previous.speaker != null && adjacent(previous, q)) {
          d = new Draft();
          d.rule = "continuation";
          d.mode = previous.mode;
          d.source = previous.source;
          d.cue = previous.cue;
          d.speaker = previous.speaker;
          d.addressee = previous.addressee;
          d.relayedBy.addAll(previous.relayedBy);
          d.sentence = previous.sentence;
          d.confidence = 0.7;
        }
        if (d == null) {
          if (!statement(q)) {
            continue; // a scare quote, a title or a phrase under discussion
          }
          d = new Draft();
          d.rule = "unattributed";
          d.mode = "speech";
          d.confidence = 0.3;
        }
        d.kind = Quote.Kind.DIRECT;
        d.content.addAll(q.inner());
        d.end = Math.max(d.end, q.outer().end());
        claimed.put(q, d);
        // a split quote: "We," he said, "are ready."
        if (d.cue != null && qi + 1 < quoted.size() && !d.rule.equals("continuation")) {
          Quoted next = quoted.get(qi + 1);
          if (!claimed.containsKey(next) && splitContinues(q, d, next)) {
            d.content.addAll(next.inner());
            d.end = Math.max(d.end, next.outer().end());
            claimed.put(next, d);
            qi++;
          }
        }
        add(d);
        previous = d;
      }
    }

    /**
     * The sentence right after a quotation that ends its own sentence with "!" or "?", or with
     * "." before a lower-case word (the splitter cuts "“Get ready!” he told the crowd." after the
     * mark), when it goes on in the same paragraph; else null.
     */
    Sentence attributionAfter(Quoted q, Sentence last) {
      if (last.index() + 1 >= sentences.size()
          || last.span().end() > q.outer().end() + 1) {
        return null;
      }
      Span inner = q.inner().get(q.inner().size() - 1);
      char mark = inner.isEmpty() ? ' ' : text.charAt(inner.end() - 1);
      Sentence next = sentences.get(last.index() + 1);
      if (mark != '!' && mark != '?' && !(mark == '.'
          && Character.isLowerCase(text.charAt(next.span().start())))) {
        return null;
      }
      for (int i = q.outer().end(); i < next.span().start(); i++) {
        if (text.charAt(i) == '\n' || !Character.isWhitespace(text.charAt(i))) {
          return null;
        }
      }
      return next;
    }

    /**
     * A quotation after a clause that ends in a colon, in its own sentence or the one before
     * ("Jared Potts echoed:" closing the paragraph before the quote): the subject of the verb
     * nearest the colon is the source, whatever the verb, since the colon introduces the words.
     */
    Draft colonLead(Quoted q) {
      int p = q.outer().start() - 1;
      while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
        p--;
      }
      if (p < 0 || text.charAt(p) != ':' || isInside(new Span(p, p + 1))) {
        return null;
      }
      Sentence s = sentenceAt(p);
      if (s == null || skippedSentence(s.span())) {
        return null;
      }
      List<Token> t = s.tokens();
      int colon = s.tokenAt(p);
      if (colon >= t.size() || colon == 0) {
        return null;
      }
      Tree tree = tree(s);
      for (int v = colon - 1; v >= Math.max(0, colon - 25); v--) {
        Token k = t.get(v);
        if (isInside(k.span())) {
          return null;
        }
        if (!k.isVerb() || auxiliary(t, v)) {
          continue;
        }
        int subj = tree.subject(v);
        if (subj < 0 || subj > v || isInside(t.get(subj).span())) {
          return null;
        }
        String w = t.get(subj).word().toLowerCase(Locale.ROOT);
        if (NOT_SOURCE.contains(w) || w.equals("you")) {
          return null;
        }
        Draft d = new Draft();
        d.rule = "direct:colon";
        d.mode = Cues.isCue(k.lemma()) ? Cues.mode(k.lemma()) : "speech";
        d.cue = Cues.isCue(k.lemma()) ? k.span() : new Span(p, p + 1);
        d.source = tree.subtree(subj, Set.of("acl:relcl", "acl", "punct"));
        d.speaker = resolve(d.source, t.get(subj).span());
        d.sentence = s.index();
        d.confidence = d.speaker == null ? 0.4 : 0.8;
        return d;
      }
      return null;
    }

    /**
     * The reported statement (an indirect or partial quote found by the parse) that ends just
     * before a quotation, with only spaces and at most one paragraph break between, or null.
     */
    Draft reportedJustBefore(Quoted q) {
      Draft best = null;
      for (Draft d : drafts) {
        if (d.rule.startsWith("reported") && d.speaker != null && d.end <= q.outer().start()
            && (best == null || d.end > best.end)) {
          best = d;
        }
      }
      return best != null && adjacent(best, q) ? best : null;
    }

    /**
     * Speakers' turns in a transcript ("TAPPER: Do you think ...", "FALLIN: Well, I think ..."):
     * a line opening with a name in capitals and a colon, the rest of the line its words, as
     * PolNeAR annotates them (the colon is the cue). The name must be a person named in the
     * article ("TAPPER" for Jake Tapper), so that section labels ("ENERGY: ...", "KEEPING SCORE:
     * ...") are not taken for speakers, and the article must have two turns or more; what was found
     * inside a turn gives way to it.
     */
    void transcript() {
      List<java.util.regex.MatchResult> turns = new ArrayList<>();
      Matcher m = TURN.matcher(text);
      while (m.find()) {
        Span content = trimContent(new Span(m.start(3), m.end(3)));
        String who = resolveName(new Span(m.start(1), m.end(1)));
        Actor person = who == null ? null : actor(who);
        if (!skipped(content) && person != null && person.kind() == Actor.Kind.PERSON
            && wordCount(content) >= 2) {
          turns.add(m.toMatchResult());
        }
      }
      if (turns.size() < 2) {
        return;
      }
      for (java.util.regex.MatchResult t : turns) {
        Span content = trimContent(new Span(t.start(3), t.end(3)));
        drafts.removeIf(d -> content.contains(d.content.get(0)));
        Draft d = new Draft();
        d.rule = "transcript";
        d.kind = Quote.Kind.DIRECT;
        d.source = new Span(t.start(1), t.end(1));
        d.cue = new Span(t.start(2), t.end(2));
        d.speaker = resolveName(d.source);
        d.content.add(content);
        d.end = t.end(3);
        d.confidence = d.speaker == null ? 0.5 : 0.8;
        drafts.add(d);
      }
    }

    /** Whether {@code next} is the second half of a quote split by its attribution. */
    boolean splitContinues(Quoted q, Draft d, Quoted next) {
      int from = q.outer().end();
      int to = next.outer().start();
      if (to - from > 120 || d.cue.start() < from || d.cue.end() > to) {
        return false;
      }
      int k = to - 1;
      while (k > from && Character.isWhitespace(text.charAt(k))) {
        k--;
      }
      char c = text.charAt(k);
      Sentence a = sentenceAt(d.cue.start());
      Sentence b = sentenceAt(next.outer().start());
      return (c == ',' || c == ':' || c == '—' || c == '–')
          && (a == b || a != null && b != null && b.index() == a.index() + 1 && c != '.');
    }

    /** Whether an unattributed quotation reads as a statement, not a scare quote or a title. */
    boolean statement(Quoted q) {
      int words = 0;
      int capitalized = 0;
      for (Span s : q.inner()) {
        for (String w : s.in(text).strip().split("\\s+")) {
          if (w.isEmpty()) {
            continue;
          }
          words++;
          if (Character.isUpperCase(w.codePointAt(0))) {
            capitalized++;
          }
        }
      }
      if (words < 6 || capitalized > words * 0.6) {
        return false;
      }
      // it stands on its own: at a paragraph or sentence start, or after a colon
      int k = q.outer().start() - 1;
      while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '*' || text.charAt(k) == '_')) {
        k--;
      }
      return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == '.'
          || text.charAt(k) == '?' || text.charAt(k) == '!';
    }

    /**
     * "..., Lavrov said." / "..." said the minister. / "..." he told reporters. / "...," Lavrov,
     * the foreign minister, said. / "...," according to X.
     */
    Draft after(Quoted q, Sentence s) {
      List<Token> t = s.tokens();
      int i = s.tokenAt(q.outer().end());
      while (i < t.size() && t.get(i).span().start() < q.outer().end()) {
        i++;
      }
      while (i < t.size() && t.get(i).isPunctuation() && !".?!;".contains(t.get(i).word())) {
        i++;
      }
      if (i >= t.size()) {
        return null;
      }
      if (i + 2 < t.size() && t.get(i).word().equalsIgnoreCase("according")
          && t.get(i + 1).word().equalsIgnoreCase("to")) {
        int end = npEnd(t, i + 2);
        if (end == i + 2) {
          return null;
        }
        Draft d = new Draft();
        d.rule = "direct:according-to";
        d.cue = s.span(i, i + 2);
        d.source = s.span(i + 2, end);
        d.speaker = resolve(d.source, t.get(end - 1).span());
        d.confidence = d.speaker == null ? 0.4 : 0.9;
        d.end = s.span().end();
        d.sentence = s.index();
        return d;
      }
      Tree tree = tree(s);
      int cue = -1;
      boolean aside = false;
      boolean np = false;
      int limit = Math.min(t.size(), i + 30);
      for (int k = i; k < limit; k++) {
        Token x = t.get(k);
        if (isInside(x.span())) {
          return null; // the next quotation came first
        }
        String w = x.word();
        if (w.equals(",") || w.equals("(") || w.equals(")") || w.equals("—") || w.equals("–")) {
          if (np) {
            aside = !aside || w.equals("(");
            if (w.equals(")")) {
              aside = false;
            }
          }
          continue;
        }
        if (w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!")) {
          return null;
        }
        if (aside) {
          continue;
        }
        if (x.isVerb() || x.pos().equals("MD")) {
          if (x.pos().equals("MD") || auxiliary(t, k)) {
            continue;
          }
          if (x.lemma().equals("quote") && k + 2 < t.size() && t.get(k + 1).word().equals("as")
              && Cues.isDirectCue(t.get(k + 2).lemma())) {
            cue = k + 2; // "he was quoted as saying"
            break;
          }
          if (Cues.isDirectCue(x.lemma())) {
            cue = k;
            break;
          }
          return null;
        }
        np = true;
      }
      if (cue < 0) {
        return null;
      }
      int subj = tree.subject(cue);
      if (t.get(cue).lemma().equals("say") && cue >= 2 && t.get(cue - 1).word().equals("as")) {
        subj = -1; // "he was quoted as saying": the subject sits before "quoted"
      }
      Span source;
      int head;
      if (subj >= 0 && subj >= i && !isInside(t.get(subj).span())) {
        source = tree.subtree(subj, Set.of("acl:relcl", "acl", "appos", "punct"));
        head = subj;
        if (source.start() < t.get(i).span().start()) {
          source = new Span(t.get(i).span().start(), Math.max(source.end(), t.get(i).span().end()));
        }
      } else if (cue == i) {
        int end = npEnd(t, i + 1);
        if (end == i + 1) {
          return null;
        }
        source = s.span(i + 1, end);
        head = end - 1;
      } else {
        int end = npEnd(t, i);
        if (end == i) {
          return null;
        }
        source = s.span(i, end);
        head = end - 1;
      }
      if (source.overlaps(t.get(cue).span())) {
        int end = npEnd(t, cue + 1);
        if (cue != i || end == cue + 1) {
          return null;
        }
        source = s.span(cue + 1, end);
        head = end - 1;
      }
      String first = source.in(text).strip().toLowerCase(Locale.ROOT);
      if (FIRST_SECOND.contains(first) || NOT_SOURCE.contains(first) && !first.equals("it")) {
        return null;
      }
      Draft d = new Draft();
      d.rule = "direct:after";
      d.mode = Cues.mode(t.get(cue).lemma());
      d.cue = t.get(cue).span();
      d.source = source;
      d.speaker = resolve(source, t.get(head).span());
      d.sentence = s.index();
      addressee(s, tree, d, cue);
      relays(s, tree, d, head);
      d.confidence = d.speaker == null ? 0.4 : pronoun(source) ? 0.85 : 0.95;
      d.end = s.span().end();
      return d;
    }

    /** "has said", "would tell", "did say": an auxiliary before the verb that follows it. */
    static boolean auxiliary(List<Token> t, int k) {
      String l = t.get(k).lemma();
      if (!l.equals("have") && !l.equals("be") && !l.equals("do")) {
        return false;
      }
      int j = k + 1;
      while (j < t.size() && (t.get(j).pos().equals("RB") || t.get(j).pos().equals("MD"))) {
        j++;
      }
      return j < t.size() && t.get(j).isVerb();
    }

    /** "Lavrov said: "..."", "Lavrov told reporters on Monday, "..."", "Trump tweeted "..."". */
    Draft before(Quoted q, Sentence s) {
      List<Token> t = s.tokens();
      int mark = s.tokenAt(q.outer().start());
      if (mark == 0 || mark >= t.size()) {
        return null;
      }
      Token justBefore = t.get(mark - 1);
      boolean framed = justBefore.word().equals(":") || justBefore.word().equals(",")
          || justBefore.isVerb() && Cues.isDirectCue(justBefore.lemma());
      if (!framed) {
        return null;
      }
      int stop = Math.max(0, mark - 15);
      for (int v = mark - 1; v >= stop; v--) {
        Token k = t.get(v);
        if (isInside(k.span())) {
          return null;
        }
        if (k.isVerb() && Cues.isDirectCue(k.lemma()) && !auxiliary(t, v)) {
          Tree tree = tree(s);
          int subj = tree.subject(v);
          Span source;
          int head;
          if (subj >= 0 && subj < v) {
            source = tree.subtree(subj, Set.of("acl:relcl", "acl", "appos", "punct"));
            head = subj;
          } else {
            int start = v;
            while (start > 0 && np(t.get(start - 1))) {
              start--;
            }
            if (start == v) {
              return null;
            }
            source = s.span(start, v);
            head = v - 1;
          }
          String w = s.token(head).word().toLowerCase(Locale.ROOT);
          if (FIRST_SECOND.contains(w) || NOT_SOURCE.contains(w) && !w.equals("it")) {
            return null;
          }
          Draft d = new Draft();
          d.rule = "direct:before";
          d.mode = Cues.mode(k.lemma());
          d.cue = k.span();
          d.source = source;
          d.speaker = resolve(source, s.token(head).span());
          d.sentence = s.index();
          addressee(s, tree, d, v);
          relays(s, tree, d, head);
          d.confidence = d.speaker == null ? 0.4 : 0.9;
          return d;
        }
        if (k.isVerb() && !auxiliary(t, v) && !k.pos().equals("VBN") && !k.pos().equals("VBG")) {
          return null;
        }
      }
      return null;
    }

    /** Whether no paragraph break lies between a draft's end and a quotation. */
    boolean sameParagraph(Draft previous, Quoted q) {
      for (int i = previous.end; i < q.outer().start(); i++) {
        if (text.charAt(i) == '\n') {
          return false;
        }
      }
      return true;
    }

    boolean adjacent(Draft previous, Quoted q) {
      int from = previous.end;
      if (from > q.outer().start()) {
        // the sentence before took the opening mark (''A,'' he said. '' B'' is split after '')
        return from <= q.inner().get(0).start();
      }
      int breaks = 0;
      for (int i = from; i < q.outer().start(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          breaks++;
        } else if (!Character.isWhitespace(c) && c != '*' && c != '_') {
          return false;
        }
      }
      return breaks <= 2;
    }

    // --- speakers --------------------------------------------------------------------------------

    /**
     * A quotation with no attribution of its own continues the last speaker when nothing stands
     * between them but at most one paragraph break and a sentence or two that name no other person
     * ("...," Smith said. ¶ "The purpose is ..." / Smith said he moved. ¶ "It feels good.").
     */
    void continueSpeakers() {
      Draft last = null;
      for (Draft d : drafts) {
        if (d.speaker == null && d.source == null && d.cue == null && last != null
            && "unattributed".equals(d.rule) && postAt(d.content.get(0)) == postAt(
                last.content.get(0)) && continues(last, d)) {
          d.speaker = last.speaker;
          d.rule = "continuation";
          d.confidence = 0.6;
        }
        if (d.speaker != null && !aside(d)) {
          last = d;
        }
      }
    }

    /**
     * Whether a statement was found by the cue model or is a belief held by no one named: such a
     * statement, read between two quotations, does not break a run of quotes by one speaker.
     */
    static boolean aside(Draft d) {
      return d.rule.startsWith("learned:") || d.rule.startsWith("raising:");
    }

    /** Whether only a short stretch naming no other person lies between two quotes. */
    boolean continues(Draft last, Draft d) {
      int from = last.end;
      for (Span c : last.content) {
        from = Math.max(from, c.end());
      }
      if (last.cue != null) {
        from = Math.max(from, last.cue.end());
      }
      if (last.source != null) {
        from = Math.max(from, last.source.end());
      }
      Sentence s = sentenceAt(from - 1);
      if (s != null) {
        from = Math.max(from, s.span().end());
      }
      int to = d.content.get(0).start();
      while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))
          && text.charAt(to - 1) != '\n') {
        to--;
      }
      if (to < from) {
        return to >= last.content.get(0).start();
      }
      if (to - from > 400) {
        return false;
      }
      int breaks = 0;
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\n' && (i + 1 >= to || text.charAt(i + 1) != '\n')) {
          breaks++;
        }
      }
      if (breaks > 1) {
        return false;
      }
      Span gap = new Span(from, to);
      for (Mention m : mentionsWithin(gap)) {
        if (m.actor().kind() == Actor.Kind.PERSON && !m.actor().id().equals(last.speaker)) {
          return false;
        }
      }
      for (Draft o : drafts) {
        if (o != d && o != last && !aside(o) && gap.overlaps(o.content.get(0))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The actor a mention refers to: a pronoun to an earlier compatible actor; else the actor
     * named on the mention's head ("Russia's minister Gatilov"); else, for a head that is a role
     * noun ("the former sergeant-at-arms of the House of Commons", "the mayor"), the person the
     * article gave that role, or a name set beside it ("DeLaet's agent, Danny Fritz"), never the
     * owner of a noun for another person ("McCallum's lawyer", though "Clinton's campaign" speaks
     * for Clinton); else a surname the actor stage did not see; else, for a definite description
     * ("the 32-year-old labourer", "the lanky professor"), the person named before.
     */
    String resolve(Span mention, Span head) {
      if (mention == null) {
        return null;
      }
      String m = mention.in(text).strip().toLowerCase(Locale.ROOT);
      if (THIRD_PERSON.contains(m)) {
        Actor a = antecedent(m, mention.start());
        if (a != null) {
          extraMentions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(mention.trim(text));
          return a.id();
        }
        return null;
      }
      Actor best = null;
      Span bestSpan = null;
      List<Mention> within = mentionsWithin(mention);
      for (Mention x : within) {
        boolean onHead = x.span().overlaps(head);
        boolean bestOnHead = bestSpan != null && bestSpan.overlaps(head);
        // on the head first ("Russia's minister Gatilov"), then the stronger kind, then the first
        // one ("Smith, an adviser to Trump")
        if (best == null || onHead && !bestOnHead
            || onHead == bestOnHead && rank(x.actor()) > rank(best)) {
          best = x.actor();
          bestSpan = x.span();
        }
      }
      Token headToken = tokenAt(head);
      boolean roleHead = headToken != null && headToken.isNoun()
          && Character.isLowerCase(headToken.word().charAt(0));
      if (best != null && !bestSpan.overlaps(head) && roleHead) {
        Actor holder = roleHolder(headToken, mention);
        if (holder != null) {
          return holder.id();
        }
        // a name beside the role noun, not its owner: "DeLaet's agent, Danny Fritz"
        Actor named = null;
        for (Mention x : within) {
          if (!possessive(x.span()) && (named == null || rank(x.actor()) > rank(named))) {
            named = x.actor();
          }
        }
        if (named != null) {
          return named.id();
        }
        // "McCallum's lawyer" is not McCallum; "Clinton's campaign" speaks for Clinton
        return PERSON_NOUNS.contains(headToken.lemma().toLowerCase(Locale.ROOT)) ? null : best.id();
      }
      if (best == null) {
        // a surname the actor stage did not see as a name: "Menachery says"
        Actor bySurname = surnames.get(m);
        if (bySurname == null && headToken != null) {
          bySurname = surnames.get(headToken.word().toLowerCase(Locale.ROOT));
        }
        if (bySurname != null) {
          extraMentions.computeIfAbsent(bySurname.id(), k -> new ArrayList<>()).add(
              bySurname == surnames.get(m) ? mention.trim(text) : head);
          return bySurname.id();
        }
      }
      if (best == null && roleHead) {
        Actor holder = roleHolder(headToken, mention);
        if (holder != null) {
          return holder.id();
        }
      }
      if (best == null && (DESCRIPTION.matcher(m).matches() && m.startsWith("the ")
          || roleHead && !m.matches("(his|her|their|its|a|an|one|some|another) .*")
          && DESCRIPTION.matcher("the " + headToken.word().toLowerCase(Locale.ROOT)).matches())) {
        // "the 32-year-old labourer said", "the mayor added": a person named before
        Actor a = antecedent("person", mention.start());
        if (a != null) {
          return a.id();
        }
      }
      return best == null ? null : best.id();
    }

    /** The token that starts a span, or null. */
    Token tokenAt(Span span) {
      Sentence s = sentenceAt(span.start());
      if (s == null) {
        return null;
      }
      int k = s.tokenAt(span.start());
      return k < s.size() ? s.token(k) : null;
    }

    /**
     * The noun a role phrase names: its last word before "of", "for", "at" or a comma ("Foreign
     * Minister" → minister, "director of health care" → director), in lower case.
     */
    static String roleHead(String role) {
      String r = role.toLowerCase(Locale.ROOT).split(",| of | for | at | with | in ")[0].strip();
      return r.substring(r.lastIndexOf(' ') + 1);
    }

    /** Whether a mention is followed by a possessive 's: "McCallum's staff". */
    boolean possessive(Span span) {
      int i = span.end();
      return i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')
          && (text.charAt(i + 1) == 's' || !Character.isLetter(text.charAt(i + 1)));
    }

    /**
     * The person the article gave the role a role noun names ("the mayor" → the one whose role is
     * "Surrey mayor"): the one mentioned last before the noun, else the first one after it in the
     * same sentence; null when none or when the role is a group's.
     */
    Actor roleHolder(Token head, Span mention) {
      // the whole hyphenated word: "sergeant-at-arms" however the tokenizer cut it
      int from = head.span().start();
      int to = head.span().end();
      while (from > mention.start() && (Character.isLetter(text.charAt(from - 1))
          || text.charAt(from - 1) == '-')) {
        from--;
      }
      while (to < mention.end() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
        to++;
      }
      String w = text.substring(from, to).toLowerCase(Locale.ROOT);
      String lemma = from == head.span().start() && to == head.span().end()
          ? head.lemma().toLowerCase(Locale.ROOT) : w;
      if (w.length() < 3 || head.pos().endsWith("S") && !w.equals(lemma)) {
        return null; // "officials", "critics": a group
      }
      Actor best = null;
      int bestAt = -1;
      for (Actor a : actors) {
        if (a.kind() != Actor.Kind.PERSON || a.anonymous() || a.role().isEmpty()
            || !a.name().contains(" ")) {
          continue;
        }
        String r = roleHead(a.role().get());
        if (!r.equals(w) && !r.equals(lemma) && !r.startsWith(w + "-")) {
          continue;
        }
        int at = -1;
        for (Span sp : a.mentions()) {
          if (sp.end() <= mention.start()) {
            at = Math.max(at, sp.end());
          }
        }
        if (at > bestAt) {
          best = a;
          bestAt = at;
        }
      }
      return best;
    }

    /** Actor mentions lying inside a span, in text order. */
    List<Mention> mentionsWithin(Span span) {
      List<Mention> out = new ArrayList<>();
      int lo = 0;
      int hi = mentions.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (mentions.get(mid).span().start() < span.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
        if (span.contains(mentions.get(i).span())) {
          out.add(mentions.get(i));
        }
      }
      return out;
    }

    Actor actor(String id) {
      return byId.get(id);
    }

    static int rank(Actor a) {
      return switch (a.kind()) {
        case PERSON -> 4;
        case GROUP -> 3;
        case GOVERNMENT -> 2;
        case ORGANIZATION -> 1;
        case MEDIA -> 0;
      };
    }

    /**
     * The actor a third-person pronoun at {@code before} stands for: among compatible actors
     * mentioned in this sentence (before the pronoun) or the four before it, the one that spoke
     * in a main clause or was a subject most recently, else the nearest; never one
     * mentioned later. When no person is that close to "he" or "she", the last compatible speaker
     * or subject of the fifteen sentences before.
     */
    Actor antecedent(String pronoun, int before) {
      Actor near = antecedent(pronoun, before, 4, false);
      boolean person = pronoun.equals("he") || pronoun.equals("she");
      return near != null || !person ? near : antecedent(pronoun, before, 15, true);
    }

    Actor antecedent(String pronoun, int before, int window, boolean salientOnly) {
      Sentence here = sentenceAt(before);
      int last = here == null ? sentences.size() - 1 : here.index();
      Actor best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      int bestEnd = -1;
      for (int si = last; si >= 0 && si >= last - window; si--) {
        Sentence s = sentences.get(si);
        List<Candidate> cands = new ArrayList<>();
        for (Mention m : mentionsWithin(s.span())) {
          if (m.span().end() <= before) {
            cands.add(new Candidate(m.span(), m.actor()));
          }
        }
        for (Map.Entry<String, List<Span>> e : extraMentions.entrySet()) {
          for (Span sp : e.getValue()) {
            if (s.span().contains(sp) && sp.end() <= before) {
              Actor a = actor(e.getKey());
              if (a != null) {
                cands.add(new Candidate(sp, a));
              }
            }
          }
        }
        for (Candidate c : cands) {
          if (!compatible(c.actor(), pronoun)) {
            continue;
          }
          double score = -(last - si);
          double spoke = spokeWeight(c.span());
          if (spoke > 0) {
            score += spoke;
          } else if (subjectAt(s, c.span())) {
            score += 1.5;
          } else if (salientOnly) {
            continue;
          }
          if (score > bestScore || score == bestScore && c.span().end() > bestEnd) {
            best = c.actor();
            bestScore = score;
            bestEnd = c.span().end();
          }
        }
      }
      return best;
    }

    /**
     * How strongly a mention counts as a speaker: 2 for the source of a quote whose cue heads a
     * main clause ("Smith said", "..., Smith said"), 0.5 for one in a subordinate clause
     * ("Although Trump has tweeted that ..."), 2 without a cue, 0 for no source.
     */
    double spokeWeight(Span mention) {
      double best = 0;
      for (Draft d : drafts) {
        if (d.source == null || !d.source.contains(mention)) {
          continue;
        }
        double w = 2;
        Sentence s = d.cue == null ? null : sentenceAt(d.cue.start());
        if (s != null) {
          int k = s.tokenAt(d.cue.start());
          String rel = k >= 0 && k < s.size() ? tree(s).rel(k) : null;
          w = rel == null || rel.equals("root") || rel.equals("parataxis") || rel.equals("ccomp")
              || rel.equals("conj") ? 2 : 0.5;
        }
        best = Math.max(best, w);
      }
      return best;
    }

    private record Candidate(Span span, Actor actor) {}

    boolean compatible(Actor a, String pronoun) {
      boolean person = a.kind() == Actor.Kind.PERSON;
      switch (pronoun) {
        case "he", "she" -> {
          if (!person) {
            return false;
          }
          char g = gender.getOrDefault(a.id(), '?');
          return g == '?' || g == (pronoun.equals("he") ? 'm' : 'f');
        }
        case "they" -> {
          // a plural noun phrase: "officials", "the protesters"; a company or a government is "it"
          return a.kind() == Actor.Kind.GROUP;
        }
        case "person" -> {
          return person && !a.anonymous();
        }
        case "it" -> {
          return a.kind() == Actor.Kind.ORGANIZATION || a.kind() == Actor.Kind.GOVERNMENT
              || a.kind() == Actor.Kind.MEDIA;
        }
        default -> {
          return false;
        }
      }
    }

    /** Whether a mention is the source of a quote found so far. */
    boolean spoke(Span mention) {
      for (Draft d : drafts) {
        if (d.source != null && d.source.contains(mention)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a mention holds the subject of its clause. */
    boolean subjectAt(Sentence s, Span mention) {
      Tree tree = tree(s);
      for (Token k : s.tokens()) {
        if (mention.contains(k.span())) {
          String r = tree.rel(k.index());
          if (r != null && r.startsWith("nsubj")) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * 'm', 'f' or '?': from the role ("spokeswoman"), an honorific or a kinship word before a
     * mention ("Ms. Smith", "husband Mohammad Al Mnajer"), then the pronouns the article uses right
     * after the name when they agree ("Smith, who ... her", "Smith said she") or the first name.
     */
    char genderOf(Actor a) {
      if (a.kind() != Actor.Kind.PERSON) {
        return '?';
      }
      String role = a.role().orElse("").toLowerCase(Locale.ROOT);
      if (FEMALE_ROLE.matcher(role).find()) {
        return 'f';
      }
      if (MALE_ROLE.matcher(role).find()) {
        return 'm';
      }
      for (Span s : a.mentions()) {
        String pre = text.substring(Math.max(0, s.start() - 16), s.start());
        if (FEMALE_BEFORE.matcher(pre).find()) {
          return 'f';
        }
        if (MALE_BEFORE.matcher(pre).find()) {
          return 'm';
        }
      }
      char byName = FirstNames.gender(a.name().split(" ")[0]);
      int[] votes = pronounVotes(a);
      int m = votes[0];
      int f = votes[1];
      if (m >= 2 && f == 0 || byName == '?' && m > 0 && m >= 2 * f + 1) {
        return 'm';
      }
      if (f >= 2 && m == 0 || byName == '?' && f > 0 && f >= 2 * m + 1) {
        return 'f';
      }
      return byName;
    }

    /**
     * How often the first third-person singular pronoun after a name mention, in the same sentence
     * and before any other person's mention, is masculine and how often feminine; a sentence that
     * opens with "He" or "She" after one whose subject is the name counts too.
     */
    int[] pronounVotes(Actor a) {
      int[] votes = new int[2];
      for (Span span : a.mentions()) {
        if (span.length() <= 4 && Character.isLowerCase(text.charAt(span.start()))) {
          continue;
        }
        Sentence s = sentenceAt(span.start());
        if (s == null) {
          continue;
        }
        List<Token> t = s.tokens();
        int i = s.tokenAt(span.end());
        while (i < t.size() && t.get(i).span().start() < span.end()) {
          i++;
        }
        boolean found = false;
        for (int k = i; k < t.size() && k < i + 20 && !found; k++) {
          Token x = t.get(k);
          if (x.ner().equals("PERSON") && Character.isUpperCase(x.word().charAt(0))) {
            found = true; // another name first: no evidence
            break;
          }
          int g = pronounGender(x.word());
          if (g >= 0) {
            votes[g]++;
            found = true;
          }
        }
        if (!found && s.index() + 1 < sentences.size() && subjectAt(s, span)) {
          Sentence next = sentences.get(s.index() + 1);
          if (!next.tokens().isEmpty()) {
            String w = next.tokens().get(0).word();
            if (w.equals("He") || w.equals("She")) {
              votes[w.equals("He") ? 0 : 1]++;
            }
          }
        }
      }
      return votes;
    }

    /** 0 for he/him/his/himself, 1 for she/her/hers/herself, else -1. */
    static int pronounGender(String word) {
      return switch (word.toLowerCase(Locale.ROOT)) {
        case "he", "him", "his", "himself" -> 0;
        case "she", "her", "hers", "herself" -> 1;
        default -> -1;
      };
    }

    boolean anonymous(Draft d) {
      Actor a = d.speaker == null ? null : actor(d.speaker);
      if (a != null && a.anonymous()) {
        return true;
      }
      if (d.source == null || a != null && a.kind() == Actor.Kind.PERSON && !a.anonymous()
          && a.name().contains(" ")) {
        return false;
      }
      String src = d.source.in(text).toLowerCase(Locale.ROOT);
      for (String w : ANONYMITY) {
        if (src.contains(w)) {
          return true;
        }
      }
      if (a != null && a.kind() != Actor.Kind.GROUP) {
        return false;
      }
      // "officials said", "a source close to the talks", "people familiar with the matter"
      Sentence s = sentenceAt(d.source.start());
      if (s == null) {
        return false;
      }
      for (Token k : s.tokens()) {
        if (d.source.contains(k.span()) && k.hasEntity() && k.ner().equals("PERSON")) {
          return false;
        }
      }
      for (Token k : s.tokens()) {
        if (d.source.contains(k.span()) && k.isNoun()
            && UNNAMED_HEADS.contains(k.lemma().toLowerCase(Locale.ROOT))) {
          String det = src.strip();
          return !det.startsWith("the ") || k.lemma().startsWith("source");
        }
      }
      return false;
    }

    static boolean pronoun(Span s) {
      return s.length() <= 4;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * Keeps a draft and the quotations it claims, unless a reported statement overlaps one found
     * before. Attributions do not nest (none of PolNeAR's 22,464 train attributions has its cue
     * inside another's content): when the earlier ones lie inside the new one's content ("Secret
     * Service protocol called for X, sources said"), the outer statement wins and they go.
     */
    void add(Draft d) {
      if (!d.rule.startsWith("direct") && !d.rule.equals("continuation")
          && !d.rule.equals("unattributed")) {
        for (Draft o : new ArrayList<>(drafts)) {
          if (!endBefore(o, d)) {
            endBefore(d, o);
          }
        }
        Span first = d.content.get(0);
        Span whole = first.union(d.content.get(d.content.size() - 1));
        List<Draft> clash = new ArrayList<>();
        for (Draft o : drafts) {
          if (o.content.stream().anyMatch(c -> c.overlaps(first))) {
            clash.add(o);
          }
        }
        for (Draft o : clash) {
          boolean nested = o.cue != null && whole.contains(o.cue) && o.rule.startsWith("reported")
              && (d.cue == null || o.content.stream().noneMatch(c -> c.overlaps(d.cue)));
          if (!nested) {
            return;
          }
        }
        for (Draft o : clash) {
          drafts.remove(o);
          claimed.values().removeIf(x -> x == o);
        }
      }
      drafts.add(d);
      for (Quoted q : d.claims) {
        claimed.put(q, d);
      }
    }

    /**
     * Ends the content of {@code first} where the clause of {@code next} begins, when that clause
     * is coordinated with what {@code first} reports and makes an attribution of its own: "voters
     * said they were worried about the economy, | and more than 4 in 10 said ...", "he says he
     * respects Clinton | and calls her ...", "praised the plan, | but added that ...", "won the
     * vote, | saying ...". A conjunction, a semicolon or a contrast ("while") sets the clause off;
     * a comma or a dash alone does only before a participle of saying or a clause with its own
     * subject. A cue inside another's content with no such break ("said that Y believes ...") is
     * nested, and PolNeAR keeps only the outer attribution. True when {@code first} was cut.
     */
    boolean endBefore(Draft first, Draft next) {
      int cut = cutAt(first, next);
      if (cut < 0) {
        return false;
      }
      Span last = first.content.get(first.content.size() - 1);
      Sentence s = sentenceAt(next.cue.start());
      Span kept = trimContent(new Span(last.start(), cut));
      // a verb coordinated with one inside the content shares its subject there ("said she
      // regretted her remarks and promised to ..."): the speaker is the one who said it
      boolean shared = next.source != null && last.contains(next.source)
          && next.source.end() <= cut;
      if (shared && !governs(s, next.source, first.cue)) {
        next.source = first.source;
        next.speaker = first.speaker;
      }
      first.content.set(first.content.size() - 1, kept);
      first.claims.removeIf(q -> q.outer().start() >= cut);
      claimed.entrySet().removeIf(e -> e.getValue() == first && e.getKey().outer().start() >= cut);
      if (first.claims.isEmpty()) {
        first.kind = Quote.Kind.INDIRECT;
      }
      return true;
    }

    /** Where {@link #endBefore} would end the content of {@code first}, or -1. */
    int cutAt(Draft first, Draft next) {
      if (first.cue == null || next.cue == null || first.content.isEmpty()
          || next.content.isEmpty() || first.kind == Quote.Kind.DIRECT
          || first.rule.startsWith("direct") || first.rule.equals("continuation")
          || first.cue.end() > next.cue.start()) {
        return -1;
      }
      Span last = first.content.get(first.content.size() - 1);
      if (!last.contains(next.cue) || !afterCue(first, last)) {
        return -1;
      }
      Sentence s = sentenceAt(next.cue.start());
      if (s == null || !s.token(s.tokenAt(next.cue.start())).isVerb()) {
        return -1; // a noun of saying inside a content ("her decision to ...") is part of it
      }
      int cut = clauseBreak(s, next, last);
      if (cut < 0) {
        return -1;
      }
      Span kept = trimContent(new Span(last.start(), cut));
      for (Span c : next.content) {
        if (c.start() < cut) {
          return -1;
        }
      }
      if (wordCount(kept) < (first.mode.equals("stance") ? 1 : 2)) {
        return -1;
      }
      // a verb coordinated with one inside the content shares its subject there: a verb of
      // saying is a statement of its own ("said she regretted her remarks and promised to ..."),
      // a belief or a stance ("broke ranks and supported ...") is part of what was said
      boolean shared = next.source != null && last.contains(next.source)
          && next.source.end() <= cut;
      if (shared) {
        String lemma = s.token(s.tokenAt(next.cue.start())).lemma();
        if (!Cues.isStrong(lemma) && !Cues.NAMING.contains(lemma)) {
          return -1;
        }
      }
      return cut;
    }

    /**
     * Whether the verb whose subject is {@code subject} governs {@code cue}: "When I asked if ...,
     * he looked ... and said": the clause of "asked" hangs on "looked", whose subject is the one
     * who said.
     */
    boolean governs(Sentence s, Span subject, Span cue) {
      Tree tree = tree(s);
      int k = s.tokenAt(subject.end() - 1);
      int verb = k < s.size() ? tree.head(k) : -1;
      int c = s.tokenAt(cue.start());
      for (int n = 0; c >= 0 && c < s.size() && n < 40; c = tree.head(c), n++) {
        if (c == verb) {
          return true;
        }
      }
      return false;
    }

    /**
     * The offset where the clause of {@code next}'s cue breaks off from what comes before it in
     * {@code within}: the comma, conjunction or semicolon before the cue (after its own subject and
     * adverbs, "and more than 4 in 10 said", ", then says", "but he also noted"), or -1.
     */
    int clauseBreak(Sentence s, Draft next, Span within) {
      List<Token> t = s.tokens();
      int i = s.tokenAt(next.cue.start()) - 1;
      Token cue = t.get(i + 1);
      while (i >= 0 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD")
          || auxiliary(t, i))) {
        i--;
      }
      boolean own = false;
      int after = cue.index() + 1;
      if (after < t.size() && t.get(after).word().equals(",")
          && (after + 1 >= t.size() || !Tree.isQuoteMark(t.get(after + 1)))) {
        return -1; // "..., which is an outcome, he said, ...": an aside inside the content
      }
      boolean bare = i >= 0 && i == cue.index() - 1; // nothing between: ", saying"
      if (next.source != null && i >= 0 && next.source.contains(t.get(i).span())
          && next.source.start() > within.start()) {
        own = true; // the clause's own subject: "and more than 4 in 10 said"
        int from = s.tokenAt(next.source.start());
        for (int j : new int[] {from, i}) {
          String w = t.get(j).word().toLowerCase(Locale.ROOT);
          if (RELATIVE.contains(w) || w.equals("whom") || w.equals("whose")) {
            // "the senator, who has said ...", "both of whom said": a relative clause, part of
            // the content ("27 percent of those who named a candidate said" is a subject)
            return -1;
          }
        }
        if (from == i && t.get(i).pos().equals("NN")) {
          return -1; // "online and gun show sales": a noun is no one who speaks
        }
        i = from - 1;
      }
      boolean then = false;
      while (i >= 0 && t.get(i).pos().startsWith("RB")) {
        then |= t.get(i).word().equalsIgnoreCase("then"); // ", then says", "and also said"
        i--;
      }
      if (i < 0 || t.get(i).span().start() <= within.start() || isInside(t.get(i).span())) {
        return -1;
      }
      Token b = t.get(i);
      String w = b.word().toLowerCase(Locale.ROOT);
      boolean conj = b.pos().equals("CC") && (w.equals("and") || w.equals("but") || w.equals("yet"))
          || CONTRAST.contains(w) || w.equals(";");
      boolean comma = w.equals(",") || w.equals("—") || w.equals("--") || w.equals("–");
      boolean participle = bare && cue.pos().equals("VBG");
      if (!conj && !(comma && (own || participle || then))) {
        return -1;
      }
      if (!conj && !participle) {
        // a comma alone ends a main clause only: "they are undecided, 27 percent said ...", not
        // "said that in Iowa, voters want ..." or "while he opposed Trump, he was supporting ..."
        int j = s.tokenAt(within.start());
        if (j < i && t.get(j).word().equalsIgnoreCase("that")) {
          j++;
        }
        if (j < i && SUBORDINATORS.contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
          return -1;
        }
        boolean verb = false;
        for (; j < i && !verb; j++) {
          verb = t.get(j).isVerb() && !t.get(j).pos().equals("VBG") && !t.get(j).pos().equals("VBN")
              || t.get(j).pos().equals("MD");
        }
        if (!verb) {
          return -1;
        }
      }
      if (conj && i > 0 && (t.get(i - 1).word().equals(",") || t.get(i - 1).word().equals(";"))
          && t.get(i - 1).span().start() > within.start()) {
        b = t.get(i - 1);
      }
      return b.span().start();
    }

    boolean overlapsDraft(Span content) {
      for (Draft d : drafts) {
        for (Span c : d.content) {
          if (c.overlaps(content)) {
            return true;
          }
        }
      }
      return false;
    }

    boolean isInside(Span s) {
      if (s.isEmpty()) {
        return false;
      }
      int clear = inside.nextClearBit(s.start());
      return clear >= s.end();
    }

    List<Quoted> quotedOverlapping(Span content) {
      List<Quoted> out = new ArrayList<>();
      if (inside.nextSetBit(content.start()) < 0 || inside.nextSetBit(content.start()) >= content.end()) {
        return out;
      }
      for (Quoted q : quoted) {
        if (q.outer().start() >= content.end()) {
          break;
        }
        for (Span inner : q.inner()) {
          if (inner.overlaps(content)) {
            out.add(q);
            break;
          }
        }
      }
      return out;
    }

    Sentence sentenceAt(int offset) {
      int lo = 0;
      int hi = sentenceStarts.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sentenceStarts[mid] <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found < 0) {
        return null;
      }
      Sentence s = sentences.get(found);
      return s.span().start() <= offset && offset < s.span().end() ? s : null;
    }

    int wordCount(Span s) {
      int n = 0;
      boolean in = false;
      for (int i = s.start(); i < s.end(); i++) {
        boolean w = Character.isLetterOrDigit(text.charAt(i));
        if (w && !in) {
          n++;
        }
        in = w;
      }
      return n;
    }

    /** Whether a span ends in a dash or colon that sets it off from what follows. */
    boolean separated(Span s) {
      int b = s.end();
      while (b > s.start() && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      return b > s.start() && "—–-:".indexOf(text.charAt(b - 1)) >= 0;
    }

    /** Adds a trimmed fragment that still holds a word. */
    void addFragment(List<Span> fragments, Span f) {
      Span t = trimContent(f);
      if (!t.isEmpty() && wordCount(t) > 0) {
        fragments.add(t);
      }
    }

    Span trimContent(Span s) {
      int a = s.start();
      int b = s.end();
      while (a < b && (Character.isWhitespace(text.charAt(a)) || ",;:—–-".indexOf(text.charAt(a)) >= 0)) {
        a++;
      }
      while (b > a && (Character.isWhitespace(text.charAt(b - 1))
          || ",.;:—–-".indexOf(text.charAt(b - 1)) >= 0)) {
        b--;
      }
      return new Span(a, b);
    }

    static boolean np(Token k) {
      String p = k.pos();
      return p.startsWith("NN") || p.equals("DT") || p.equals("JJ") || p.equals("POS")
          || p.equals("PRP") || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH");
    }

    /**
     * The end of a source noun phrase with its "of"/"for" attachments: "a poll of Iowa voters",
     * "a spokesman for the ministry".
     */
    static int sourceEnd(List<Token> t, int from) {
      int end = npEnd(t, from);
      while (end > from && end + 1 < t.size()
          && (t.get(end).word().equalsIgnoreCase("of") || t.get(end).word().equalsIgnoreCase("for"))
          && !t.get(end - 1).pos().equals("PRP")) {
        int next = npEnd(t, end + 1);
        if (next == end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }

    static int npEnd(List<Token> t, int from) {
      int i = from;
      while (i < t.size() && np(t.get(i))) {
        if (t.get(i).pos().equals("PRP") && i > from) {
          break;
        }
        i++;
        if (t.get(i - 1).pos().equals("PRP")) {
          break; // a pronoun is a whole noun phrase
        }
      }
      return i;
    }
  }

  /** A quote under construction. */
  private static final class Draft {
    Quote.Kind kind = Quote.Kind.DIRECT;
    final List<Span> content = new ArrayList<>();
    /** The quotations this draft holds, claimed when it is kept. */
    final List<Quoted> claims = new ArrayList<>();
    Span cue;
    Span source;
    String speaker;
    String addressee;
    final List<String> relayedBy = new ArrayList<>();
    String mode = "speech";
    double confidence;
    String rule;
    int end;
    int sentence = -1;

    Quote toQuote(String id, boolean anonymous) {
      List<Span> sorted = new ArrayList<>(new TreeSet<>(content));
      return new Quote(id, kind, sorted, Optional.ofNullable(cue), Optional.ofNullable(source),
          Optional.ofNullable(speaker), Optional.ofNullable(addressee), relayedBy, mode,
          anonymous, confidence, rule);
    }
  }

  /** The dependency tree of one sentence, with children lists. */
  static final class Tree {
    final Sentence s;
    final int[] head;
    final String[] rel;
    final List<List<Integer>> kids;

    Tree(Sentence s) {
      this.s = s;
      int n = s.size();
      head = new int[n];
      rel = new String[n];
      java.util.Arrays.fill(head, -1);
      kids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        kids.add(new ArrayList<>(2));
      }
      for (Dependency d : s.dependencies()) {
        if (d.dependent() >= 0 && d.dependent() < n) {
          head[d.dependent()] = d.governor();
          rel[d.dependent()] = d.relation();
          if (d.governor() >= 0 && d.governor() < n) {
            kids.get(d.governor()).add(d.dependent());
          }
        }
      }
    }

    int head(int i) {
      return head[i];
    }

    String rel(int i) {
      return rel[i];
    }

    /** The first child by this relation or one of its subtypes ("obl" matches "obl:to"). */
    int child(int i, String relation) {
      for (int k : kids.get(i)) {
        if (relation.equals(rel[k]) || rel[k] != null && rel[k].startsWith(relation + ":")) {
          return k;
        }
      }
      return -1;
    }

    /** The active subject of verb {@code i} nearest to it, or -1 (none, or a passive one). */
    int subject(int i) {
      int best = -1;
      for (int k : kids.get(i)) {
        if ("nsubj:pass".equals(rel[k]) || "csubj".equals(rel[k])) {
          return -1;
        }
        if ("nsubj".equals(rel[k]) && (best < 0 || Math.abs(k - i) < Math.abs(best - i))) {
          best = k;
        }
      }
      return best;
    }

    /** The first token of the subtree of {@code i}. */
    int first(int i) {
      int[] range = {i, i};
      visit(i, Set.of(), range, 0);
      return range[0];
    }

    List<Integer> children(int i, String relation) {
      List<Integer> out = new ArrayList<>();
      for (int k : kids.get(i)) {
        if (relation.equals(rel[k])) {
          out.add(k);
        }
      }
      return out;
    }

    /**
     * The span of token {@code i} and its descendants, leaving out subtrees attached by the given
     * relations ("mark:that" leaves out a complementizer "that" only).
     */
    Span subtree(int i, Set<String> without) {
      int[] range = {i, i};
      visit(i, without, range, 0);
      int a = range[0];
      int b = range[1];
      while (a < b && s.token(a).isPunctuation() && !isQuoteMark(s.token(a))) {
        a++;
      }
      while (b > a && s.token(b).isPunctuation() && !isQuoteMark(s.token(b))) {
        b--;
      }
      return s.span(a, b + 1);
    }

    static boolean isQuoteMark(Token t) {
      String w = t.word();
      for (int i = 0; i < w.length(); i++) {
        if ("\"“”«»'`‘’„".indexOf(w.charAt(i)) < 0) {
          return false;
        }
      }
      return !w.isEmpty();
    }

    private void visit(int i, Set<String> without, int[] range, int depth) {
      if (depth > 200) {
        return;
      }
      range[0] = Math.min(range[0], i);
      range[1] = Math.max(range[1], i);
      for (int k : kids.get(i)) {
        String r = rel[k];
        if (without.contains(r)) {
          continue;
        }
        if (without.contains("mark:that") && "mark".equals(r)
            && s.token(k).word().equalsIgnoreCase("that") && k < i) {
          continue;
        }
        visit(k, without, range, depth + 1);
      }
    }
  }
}
