"""Line-based boilerplate removal for web-copied news articles.

Every line of an article is either kept *verbatim* (only white space is
normalised) or removed with the name of the rule that removed it, so the
cleaning audit in notebook 00 can show exactly what went and why.

Two layers of rules:

1. **Named rules** (``NAMED_RULES``): whole-line patterns for boilerplate kinds
   that recur across sites: donation and subscription appeals, newsletter
   sign-ups, payment-widget words, "Source link", "Related Articles", comment
   forms, social counters, radio presenter slots, bylines, timestamps, image
   placeholders, photo and agency credits, advertising and legal lines.
2. **General rules**, for sites the named rules have never seen, after jusText
   (Pomikálek 2011): each line is classed by length and stop-word density,
   then short and borderline lines are decided by their neighbours, so a
   sub-heading between two prose paragraphs stays while a "Read next" teaser or
   category label at the edge of the article goes. A reader-address rule
   catches appeals that talk to the reader ("we need your help") outside
   quotation marks, and a block rule removes a line sandwiched between two
   appeal lines when it speaks in the first or second person.

The functions here are pure functions of one article's text, so the corpus
loader can run them in parallel over thousands of files.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .dates import ANY_DATE, DATE_LINE_RE, DATE_RE
from .text import NAME_PARTICLES_RE
from .unwrap import join_wrapped, wrap_groups

# --------------------------------------------------------------------------------------
# White space
# --------------------------------------------------------------------------------------
_SPACE_RE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalise_line(line: str) -> str:
    """Collapse every run of white space (no-break and other Unicode spaces too) to one space.

    Zero-width characters and soft hyphens are dropped; nothing else changes, so
    the wording of a kept line is exactly the source's.
    """
    return _SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", line)).strip()


# --------------------------------------------------------------------------------------
# Named rules
# --------------------------------------------------------------------------------------
#: Words of a line that asks the reader to sign up ("Get our free weekly newsletter in your inbox").
_APPEAL_WORDS = r"(?:our|your|you|sign(?:\s|-)?up|subscribe|free|inbox|delivered|join|get|click)"


@dataclass(frozen=True)
class Rule:
    """A named whole-line boilerplate pattern."""

    name: str
    description: str
    pattern: re.Pattern[str]
    max_words: int = 80
    #: Substrings (lower case) of which a matching line holds at least one; lines without any skip the
    #: regex. Unanchored case-insensitive patterns cost ~30 us per prose line; the check costs ~1 us.
    hints: tuple[str, ...] = ()

    def matches(self, line: str, n_words: int, lower: str) -> bool:
        """True when the line is short enough for this rule, holds a hint, and the pattern is found.

        "Short enough" counts characters too (``CHARS_PER_WORD`` per allowed word): a 96 KB line
        with no spaces is one "word", and patterns such as ``inbox.*every`` would scan it
        quadratically; no boilerplate line is that long.
        """
        if n_words > self.max_words or len(line) > self.max_words * CHARS_PER_WORD:
            return False
        if self.hints and not any(h in lower for h in self.hints):
            return False
        return self.pattern.search(line) is not None


#: Longest average word, in characters, a line may have and still be matched by a named rule.
CHARS_PER_WORD = 30


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


_NAME = r"[A-Z][\w'.\-]+"
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?"
_AGENCIES = r"AFP|AP|Reuters|TASS|EPA|PA|Getty(?: Images)?|Sputnik|RIA Novosti|Anadolu|Xinhua|dpa|Bloomberg|Shutterstock|Alamy|UPI|Ukrinform"

NAMED_RULES: tuple[Rule, ...] = (
    Rule(
        "image_placeholder",
        "image or video placeholder text left by the copy (Image description, Image caption)",
        _rx(r"^(?:image|photo|picture|video|media)\s+(?:description|caption|source|credit|placeholder)s?\b",
            rf"^(?:{_AGENCIES})$",
            # a copy's note where a picture or player stood: "[Image: the domes against the Milky Way]", "[Video]"
            r"^\[(?:image|photo|picture|video|graphic|illustration|gallery|audio|embed|map|chart)s?\b[^\[\]]*\]$"),
        max_words=60,
    ),
    Rule(
        "photo_credit",
        "photo caption ending in a credit ('... Jane Smith / AFP', 'Photo: Reuters')",
        re.compile(rf"(?:^|\s){_NAME}(?:\s{_NAME}){{0,3}}\s?/\s?(?:{_AGENCIES}|{_NAME}(?:\s{_NAME}){{0,3}})\.?$"
                   r"|^(?:file\s+)?(?:photo(?:graph)?|photography|picture|image|credit|photos)s?\s*(?::|by\b)"
                   r"|[\[(](?:photo|image|picture)s?(?:\s+credits?)?\s*:[^\])]{1,60}[\])]\.?$"
                   r"|\((?:photo|picture|image)s?:?\s[^)]*\)$|\([^()]*\b(?:photo|picture|image)s?\b[^()]*\)$"
                   r"|\s[-–—]\s*(?:file\s+)?(?:photo|picture|image)\.?$"
                   # a dash, then the desk's credit: "... — VPD Photo Lê Quang Vinh", "... — VNA/VPD Photo"
                   r"|\s[-–—|]\s*(?:[\w./&]+\s+){0,3}?(?:photo(?:graph)?|picture|image)s?\b[^.:;,]{0,40}$"
                   # a numbered figure's caption: "Figure 1: Forecast snowfall totals ...", "Chart 2. Prices"
                   r"|^(?:figure|fig\.|chart|graphic|map|table|graph)\s*\d+[a-z]?\s*[:.]\s"
                   r"|\s[-–—]\s*(?:[A-Z][\w.]*\s+){1,2}file(?:\s+(?:photo|picture|image))?\.?$"
                   r"|[.!?][\"'”’]?\s+[(\[](?:[A-Z0-9][\w.'’&-]*(?:\s+|\s*/\s*)?){1,6}[)\]]$"  # "(City 7 News/File)"
                   r"|\s\[(?:[A-Z][\w.'’&-]*(?:\s+|\s*/\s*)?){1,4}\]$"
                   # the credit on its own line under the caption: "(Kestrel Aerosystems)", "(Australian Department of
                   # Defence)"
                   rf"|^\((?!(?:{_AGENCIES})\))(?-i:[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the|de|[A-Z][\w.&'’-]*)){{0,5}})\)$"
                   r"|[.\s]\s*(?:©\s*)?(?:photo(?:graph)?|picture|image|foto)s?\s*(?::|\||by\b|©)\s*(?-i:[A-Z]\.\s*)*[^.:]{1,50}$"
                   # "... File | Photo Credit: Special Arrangement", "... Photo courtesy of the carrier."
                   r"|[.|]\s*(?:file\s*\|\s*)?photo credits?\s*:\s*(?:\w\.\s*)*[^.]{1,50}$|[.\s]\s*photos? courtesy of\b[^.]{1,50}\.?$"
                   rf"|^{_NAME}(?:\s{_NAME}){{0,3}}\s*[-–—]\s*(?:staff|freelance|contributor)\b[^.]{{0,30}}$"
                   # a caption's last sentence is its credit: ". Getty Images", ". Screenshot: X", ". Credit: X",
                   # ". File photograph", ". Jane Doe for The Daily Example" (a photographer working for the paper)
                   rf"|[.!?][\"'”’]?\s+(?-i:{_AGENCIES}|Getty Images|AP Photo|EPA-EFE)(?:\s*/\s*[\w ]{{1,30}})?\.?$"
                   r"|[.!?][\"'”’]?\s+(?:screenshot|credit|courtesy|illustration|graphic)s?\s*(?::|of\b)\s*[^.]{1,60}$"
                   r"|[.!?][\"'”’]?\s+file\s+(?:photo(?:graph)?|picture|image)\.?$"
                   rf"|[.!?][\"'”’]?\s+(?-i:{_NAME}(?:\s{_NAME}){{1,2}}\s+for\s+(?:The\s+)?{_NAME}(?:\s{_NAME}){{0,3}})\.?$",
                   re.IGNORECASE),
        max_words=30,
        hints=("/", "photo", "foto", "picture", "image", "credit", "staff", "freelance", "contributor", "file", ")", "]",
               "fig", "chart", "map", "table", "graph",
               "getty", "screenshot", "courtesy", "illustration", "graphic", " for ", "afp", "reuters", "ap ", "epa"),
    ),
    Rule(
        "caption_credit",
        "a caption whose last words credit a body or photographer with no 'Photo:' ('... over the Atlantic. Força "
        "Aérea Portuguesa'): a sentence, then a capitalised name and no full stop",
        re.compile(r"(?:\S+\s+){3}\S*[a-z)][.!?]\s+[A-Z][\w'’&-]*(?:\s+(?:(?:of|de|da|do|du|del|la|le|the|and|&)\s+)?"
                   r"[A-Z][\w'’&-]*){1,3}$"),
        max_words=30,
    ),
    Rule(
        "tagline",
        "a site's tagline under its name ('Independent news for the veterinary profession', 'Serving the Highlands "
        "since 1887', 'The home of practical gardening since 1987', 'Racing. Gear. Culture. Since 2009.')",
        _rx(r"^(?:(?:the\s+|your\s+)?(?:independent|trusted|essential|award-winning|expert|leading|authoritative|"
            r"impartial|practical|daily|weekly)\s+)?(?:news|journalism|insight|intelligence|analysis|reporting|"
            r"information|coverage)(?:,?\s+(?:and|&)\s+[a-z]+)*\s+for\s+(?:the\s+)?[\w\s&'’-]{1,50}$",
            r"^(?:serving|connecting|covering|informing|championing)\s+[^.]{1,60}\bsince\s+(?:1[789]|20)\d{2}\.?$",
            r"^[^.]{0,40}\b(?:news|intelligence|voice|journalism|newspaper|magazine)\s+since\s+(?:1[789]|20)\d{2}\.?$",
            r"^(?:[A-Z][\w'’&-]*\.\s+){2,}since\s+(?:1[789]|20)\d{2}\.?$",
            r"^the\s+(?:home|voice)\s+of\s+[^.]{1,50}$"),
        max_words=14,
        hints=("for ", "since", "home of", "voice of"),
    ),
    Rule(
        "radio_slot",
        "radio presenter and time slot from a station's schedule widget ('Jane Smith 10pm - 1am')",
        re.compile(rf"^{_NAME}(?:\s{_NAME}){{0,3}}\s+{_TIME}\s*[-–—]\s*{_TIME}$", re.IGNORECASE),
        max_words=8,
    ),
    Rule(
        "timestamp",
        "a line that is only a publication date or time, optionally 'Published'/'Updated'",
        DATE_LINE_RE,
        max_words=20,  # "Published: Mar. 4, 2025 at 6:14 AM EST|Updated: Mar. 4, 2025 at 11:52 AM EST"
    ),
    Rule(
        "clock",
        "a clock time or relative time alone on its line, as live blogs and comment threads stamp entries "
        "('13.41 GMT', 'Updated at 13.45 GMT', '5.40am', '3h ago', 'Mar 19')",
        _rx(r"^(?:(?:updated|posted|published|last updated)\s*(?:at|:)?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
            r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT|CT|PT|PST|PDT|IST|AEDT|AEST|JST|KST|MSK|HKT|SGT)?$",
            r"^(?:(?:updated|posted)\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?$",
            r"^[▶►]\s*\d{1,2}:\d{2}(?::\d{2})?$",  # a video player's length: "▶ 0:48"
            r"^(?:(?:updated|posted)\s+)?\d{1,3}\s*(?:s|m|h|d|w|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?)"
            r"\s+ago$",
            r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$",
            r"^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$"),
        max_words=5,
    ),
    Rule(
        "byline",
        "author byline ('By Jane Smith', 'By Jane Smith, Europe correspondent', 'Jane Smith — 18 February 2025', 'MAXINE ORLOFF / February 11, 2025')",
        re.compile(rf"^(?:written\s+)?by\s+{_NAME}(?:\s+(?:{_NAME}|and|&|{NAME_PARTICLES_RE}))*\s*(?:[,|\-–—].*)?$"
                   # "Olena Kovalchuk — Tuesday, 18 February 2025, 12:47": a name, then the date;
                   # "Mireille Gauvin · DBC News · Posted: Mar 12, 2025 4:00 AM ADT | Last Updated: March 12"
                   rf"|^{_NAME}(?:\s{_NAME}){{1,3}}\s*(?:[|–—·•]|\s/)\s*(?:[^|–—·•]{{1,40}}[|–—·•]\s*)?"
                   rf"(?:(?:posted|published|updated)\s*(?:on)?\s*:?\s*)?{DATE_RE.pattern}.*$",
                   re.IGNORECASE),
        max_words=20,
    ),
    Rule(
        "author_bio",
        "the author's bio box ('Priya Raman covers climate finance ...', 'Jo Bloggs is a senior reporter ...')",
        re.compile(rf"^{_NAME}(?:\s{_NAME}){{0,2}}\s+(?:covers|reports on|writes about|has covered|has reported|"
                   r"is (?:(?:a|an|the|(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,4}?[A-Z][\w&-]*(?:'s|’s))\s+)?(?:[\w-]+\s+){0,3}(?:reporter|correspondent|writer|journalist|editor|columnist|"
                   r"contributor|student|fellow|intern)\b|joined\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}in\s+(?:19|20)\d{2}\b"
                   r"(?=.*\b(?:covers|reports on|writes about|reporter|correspondent|editor|writer|journalist|columnist)\b))|"  # not "producer": "Ghana is Africa's biggest gold producer"
                   r"\b(?:reach|contact|email|e-mail) (?:him|her|them|me|the author) at \S+@\S+"),
        max_words=80,
        hints=("covers", "reports on", "writes about", "has covered", "has reported", "reporter", "correspondent",
               "writer", "journalist", "editor", "columnist", "contributor", "producer", "student", "@", "joined"),
    ),
    Rule(
        "about_block",
        "the 'About <company>' heading that opens a press release's boilerplate (it and the lines after it go)",
        re.compile(r"^About\s+(?:the\s+)?[A-Z0-9][\w&.'’-]*(?:\s+(?:of|for|and|&|the|de)?\s*[A-Z0-9][\w&.'’-]*){0,6}:?$"),
        max_words=9,
    ),
    Rule(
        "payment_widget",
        "words from a payment or donation widget (Once, Monthly, Annual, Continue, payment methods)",
        _rx(r"^(?:once|one-off|one time|single|monthly|annual(?:ly)?|yearly|continue|other amount|"
            r"pa(?:y|ie|i)ments?\s+methods?|(?:[$£€]\s?\d+(?:\.\d\d)?\s*(?:per|/|a)\s*(?:month|year|week)))[.!]?$"),
        max_words=4,
    ),
    Rule(
        "appeal",
        "donation, membership or subscription appeal ('Your support helps us...', 'Support The Example Times!')",
        # a donation asked of the reader, or named in a short line ("Donate now", "Make a donation"); never news
        # prose that reports donations ("... with the rest raised through grants, donations and an appeal")
        _rx(r"^(?=.*\b(?:you|your|we|us|our|please|today)\b).*\bdonat(?:e|es|ed|ion|ions|ing)\b",
            r"^\W*donat(?:e|es|ed|ion|ions|ing)\b",
            r"^\W*(?:\S+\s+){0,9}\S*\bdonat(?:e|es|ed|ion|ions|ing)\b\W*(?:\s+\S+){0,9}\s*$",
            r"\bpaywalls?\b",
            # a metered paywall's count: "You have 1 free article remaining", "You've read your free articles"
            r"\b(?:\d+|no|one|two|three)\s+free\s+(?:articles?|stories|reads?)\s+(?:remaining|left\s+this\s+"
            r"(?:month|week))\b",
            r"\byou(?:'|’)?ve (?:read|used) (?:all )?your (?:\d+\s+)?free (?:articles?|stories)\b",
            r"\bsubscribe (?:now )?for unlimited (?:digital )?access\b",
            r"\byour support\b",
            r"\bsupport (?:us|our (?:work|journalism|reporting)|(?:independent|quality) journalism|today)\b",
            # "Support independent court reporting — subscribe to Courthouse Dispatch"
            r"\bsupport (?:independent|local|quality|nonprofit|non-profit)\s+(?:[\w-]+\s+)?(?:journalism|reporting|news)\b",
            r"^(?!.*\b(?:urged|told|asked|encouraged|invited)\b).*\b(?:subscribe|sign up) (?:now |today )?to "
            r"(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})[.!]?$",
            r"\bsupporting (?:us|our)\b",
            r"^by supporting\b",
            r"\b(?:become|becoming) a (?:member|supporter|subscriber|patron)\b",
            r"\b(?:every|make a|your) contribution\b",
            r"^support (?:the\s)?[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}\s?!$",
            r"^a message from\b.{0,60}:?$",
            r"^dear (?:readers?|friends|subscribers?)\b",
            r"^not ready to support\b",
            r"^remind me later\b",
            r"^(?:please\s)?(?:consider\s)?(?:subscribe|subscribing) (?:to|now|today)\b",
            r"\bsupport (?:local|independent|public[- ]interest) (?:journalism|news|reporting)\b",
            r"\bsubscribe\b.{0,60}\bfrom (?:just |only )?[£$€]\s?\d",
            # a subscription offer's price per period: "Subscribe: $1 a week for your first year"
            r"\bsubscri(?:be|ption)\b.{0,60}[£$€]\s?\d[\d.,]*\s*(?:a|an|per|/|every)\s*(?:\d+\s*)?"
            r"(?:days?|weeks?|months?|years?|wk|mo|yr)\b",
            # a publishing platform's paywall: "Get unlimited access to the best of ... for less than $1/week.",
            # "Member-only story"
            r"^get unlimited (?:digital )?access\b", r"^members?[- ]only (?:story|article|post|content)$"),
        hints=("donat", "paywall", "support", "member", "patron", "contribution", "message from", "dear ",
               "remind me", "subscrib", "free ", "unlimited"),
    ),
    Rule(
        "newsletter",
        "newsletter sign-up box ('Sign up for our free weekly newsletter', 'Subscribers agree to the Privacy Policy')",
        # a newsletter named in a short line, or in a longer one that asks the reader ("our", "sign up", "free"): never
        # a sentence of the story ("first reported by tech newsletter TechLedger, which obtained a memo ...")
        _rx(r"^(?=.{0,90}$).*\bnewsletters?\b", rf"\b{_APPEAL_WORDS}\b.*\bnewsletters?\b",
            rf"\bnewsletters?\b.*\b{_APPEAL_WORDS}\b", r"^sign(?: |-)?up\b", r"\bsubscribers? agree\b", r"\bprivacy (?:policy|notice)\b",
            r"^enter your e-?mail\b", r"\binbox\b.*\bevery\b",
            # a newsletter's tip line and sign-off: "Send tips to ...", "THAT'S ALL FOR MORNING TRADE!"
            r"^send (?:us )?(?:your )?(?:news )?(?:tips|story ideas|feedback)\b",
            r"^that['’]s (?:all|it) for (?:today|now|this (?:week|edition|issue)|the (?:week|day)|(?-i:[A-Z][A-Z ]+))[!.]?$",
            # a newsletter platform's boxes: "Thanks for reading The Rate Sheet! Subscribe for free ...", "Discover
            # more from The Rate Sheet"
            r"^thanks for (?:reading|subscribing to) (?-i:[A-Z])[^!.?]{1,50}[!.]", r"^discover more from (?-i:[A-Z])"),
        max_words=60,
        hints=("newsletter", "sign", "subscriber", "privacy", "mail", "inbox", "tips", "story ideas", "feedback",
               "all for", "it for", "thanks for", "discover more"),
    ),
    Rule(
        "source_link",
        "link back to the original site ('Source link', 'Source: ...', 'Originally published at')",
        _rx(r"^(?:source(?:\s+link)?|original(?:\s+article)?|via\s+\S+|originally published (?:at|on|by)\b.*)$",
            r"^source:\s.{1,60}$", r"^this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in|at)\b",
            r"^\(?this (?:story|article) has not been edited by\b", r"^\(?with inputs from\b.{0,40}\)?\.?\)?$",
            # a news database's syndication line: "Published by Israel Business Today [online] in English on ..."
            r"^published by .{2,80}\[online\]"),
        max_words=30,
    ),
    Rule(
        "related_links",
        "navigation and teaser links ('Related Articles', 'Latest Articles', 'Read more', 'READ MORE: ...')",
        _rx(r"^(?:related|latest|more|top|trending|popular|recommended|editor'?s? picks?)"
            r"(?:\s+(?:articles|stories|news|content|posts|videos|reads?|topics|on this story|for you|now))?:?$",
            r"^(?:read|see|watch|listen)\s+(?:more|also|next|now|more here)\b.*$",
            r"^(?:also read|read also|more from|more on|most (?:read|popular|viewed|shared)|"
            r"you (?:may|might) (?:also )?(?:like|enjoy)|don'?t miss|watch|listen|explainer|live updates?)\b\s*:?.*$",
            r"^click here\b",
            # "RELATED: Pilsner exports hit a record ...", "▶ Listen: On this week's podcast ..."
            r"^(?:related|see also|further reading)\s*:\s*\S",
            r"^[▶►]\s*(?:listen|watch|play)\b",
            r"^read\s*\|\s*\S",  # "READ | Rand Water warns of planned maintenance in July"
            # a ticker of other stories: "Tinubu swears in new INEC commissioners • Naira closes at ... • Flood: ..."
            r"^(?-i:[A-Z])(?:[^•.!?]|(?<=\d)\.(?=\d)){10,90}\s•\s(?-i:[A-Z])(?:[^•.!?]|(?<=\d)\.(?=\d)){10,90}\s•\s"
            r"(?-i:[A-Z])[^•!?]{5,90}$",
            # a call to action closing a promotion: "... Find out more »", "Download the whitepaper »"
            r"\b(?:find out more|learn more|read more|download|talk to|contact|book|shop|sign up|subscribe|get "
            r"started|apply|register)\b[^.!?]{0,30}\s*[»›→]$"),
        max_words=25,
    ),
    Rule(
        "comment_form",
        "comment form prompts ('LEAVE A REPLY', 'Please enter your comment!')",
        _rx(r"^leave a (?:reply|comment)\b", r"^please enter your (?:comment|name|e-?mail|website)\b",
            r"^you have entered an incorrect\b", r"^save my name,? e-?mail\b", r"^(?:post|add|submit) (?:a )?comment\b",
            r"^\d+\s+(?:comments?|responses?)$", r"^(?:comments?|responses?)(?:\s\(\d+\))?$",
            r"^join the (?:discussion|conversation)\b", r"^discussion about this (?:post|article|story)$",
            r"^(?:write|add) a (?:comment|response)\b", r"^what are your thoughts\??$",
            r"^(?:log|sign) in to (?:comment|reply)\b", r"^cancel reply$", r"^be the first to (?:comment|reply)\b",
            r"^(?:\d+|one) (?:thoughts?|comments?|responses?|replies) on [\"“'‘]"),
        max_words=40,
    ),
    Rule(
        "social",
        "social buttons and counters ('Stay Connected', '0FansLike', 'Share on Facebook', 'Follow us')",
        _rx(r"^(?:[^\w\s]{1,2}\s*)?\d[\d,.]*\s*[km]?\s*(?:fans|followers|subscribers|likes|shares|views|comments)\s*"
            r"(?:like|follow|subscribe)?$",  # "💬 3 comments", "↗ 124 shares"
            r"^(?:[^\w\s$£€¥₹+\-−]{1,2}\s*)?\d[\d,.]*\s*[km]?$",  # "12.4k", "👁 3,218" (not "£30m")
            r"^\d[\d,.]*\s*[km]?\s*(?:likes?|restacks?|shares?|reposts?|retweets?|comments?|replies|reactions?)"
            r"(?:\s*[∙·•|,]\s*\d[\d,.]*\s*[km]?\s*(?:likes?|restacks?|shares?|reposts?|retweets?|comments?|replies|"
            r"reactions?))+$",
            r"^follow\s+@[\w.]+$",
            r"^(?:stay connected|follow us\b.*|share(?: this| the)?(?: article| story| post| page)?(?: on \w+| via \w+)?|"
            r"tweet|copy(?: the)? link|link copied|e-?mail|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|print|"
            r"(?:share|follow) on .{1,30}|follow .{1,40} on (?:\w+\s?){1,3}!?)$"),
        max_words=8,
    ),
    Rule(
        "share_widget",
        "a share or email widget repeating the headline, a 'You are reading' bar, a row of networks ('Share: LinkedIn | X "
        "| Email', 'Email this guide: ...', '... — share this article')",
        _rx(r"^(?:share|email|e-mail|tweet)(?: this)?(?: (?:story|article|post|guide|page|link|piece))?(?: on \w+)?\s*:\s*\S",
            r"^(?:you are|you're) reading\s*:\s*\S",  # "Now reading: ..." is a widget already
            r"\s[—–-]\s*share this (?:article|story|post|page)$",
            # (the word "Share" may carry its counter: "Share 56 | Tweet | Email | Print")
            r"^(?:share(?: on| via)?\s*(?:\d[\d,.]*\s*[km]?)?\s*[:|·•]?\s*)?(?:(?:facebook|x|twitter|linkedin|whatsapp|"
            r"e-?mail|copy link|reddit|telegram|pinterest|threads|bluesky|print|messenger|tweet)\s*(?:[|·•,/]\s*|$)){3,}$",
            # "Share  Facebook  X  Telegram  Copy link": the word "Share", then networks apart by spaces only
            r"^share\s*:?\s+(?:(?:facebook|x|twitter|linkedin|whatsapp|e-?mail|copy link|reddit|telegram|pinterest|threads|"
            r"bluesky|print|messenger)(?:\s+|$)){2,}$",
            r"^(?:#[^\W\d_][\w-]*[\s,·|]*)+$",  # a row of hashtags: "#RhinoBaby #MillCreekZoo #Conservation"
            # a contact card: "Jordan Kessler | jkessler@millcreekzoo.org | 614-555-0199"
            r"^(?=.*[\w.+-]@[\w-]+\.\w)(?:[^|·•]{1,60}\s[|·•]\s+){1,4}[^|·•]{1,60}$"),
        max_words=40,
        hints=("share", "email", "e-mail", "tweet", "reading", "|", "·", "•", "#"),
    ),
    Rule(
        "widget",
        "page furniture and reading widgets ('Skip to main content', 'Font Size: A- A A+', 'Typo? Highlight the text...')",
        _rx(r"^skip to (?:main |the )?(?:content|navigation|main)\b", r"^skip next section\b",
            r"^\d+\s*min(?:ute)?s?\s+read(?:\s+(?:share|save|listen|print|comment))+$",
            # an operator's status banner: "Service status: Amber — 16:30 sailing may be delayed", "Travel alert: ..."
            r"^(?:service|travel|network|line|weather|road|sailing|flight)s? (?:status|alerts?|disruptions?|warnings?)\s*:",
            # a site's banner: "ALERT: District offices closed Thursday, June 19. More info"
            r"^(?:site |district |campus |emergency )?alert\s*:\s.{0,120}\b(?:more info|learn more|read more|details)\.?$",
            # an email's header as a saved newsletter shows it: "From: The Ledger Morning Brief <brief@x.com>"
            r"^(?:from|to|reply-to|cc|sender):\s.{0,80}<[^<>@\s]+@[^<>\s]+>$", r"^(?:to|cc):\s*[^\s@]+@\S+$",
            r"^subject:\s",
            # a market ticker: "FTSE 100   8,612.40   ▲ 0.4%"
            r"^[^.!?]{0,40}\d[\d,.]*\s+[▲▼△▽]\s*[\d.,]+%?$", r"^(?:fix|adjust|change) the font size\b",
            r"^font size\b", r"^(?:a-|a\+|a)\s+a\s*\+?\s*a?\+?$", r"^typo\?\s", r"\bctrl\s*\+\s*enter\b",
            r"^please (?:turn on|enable) javascript\b", r"^(?:listen to (?:this|the) (?:article|story))\b",
            r"^\d+\s+min(?:ute)?s? read(?:\s*·.{0,30})?$", r"^(?:reading time|time to read)\b",
            r"^\d+\s*min(?:ute)?s? to read$", r"^(?:refresh|reload)(?: the page)? for (?:the latest )?updates?$",
            # a file to download with its type and size: "Download press release (PDF, 212 KB)"
            r"^(?:download|view|open|read)\b.{0,80}\((?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|mp3|mp4)\b[^)]{0,20}\)$",
            # a publishing platform's app prompt and reader highlights ("Open in app", "Top highlight")
            r"^(?:open|continue|read) (?:it )?in (?:the )?app$", r"^(?:get|download) the app$", r"^top highlight$", r"^show key events only$", r"^key events$",
            r"^news provided by$", r"^trending (?:video|now|stories)$", r"^(?:print|save|share) (?:this )?(?:article|story)$",
            r"^(?:back to top|go to top|scroll to top)$", r"^(?:menu|search|close|open menu|sign in|log in|register)$",
            r"^from the \w+(?: \d{1,2},)? \d{4} (?:print )?(?:issue|edition)$",
            r"^this (?:article|story) (?:appears|appeared|will appear) in the\b.{0,60}\b(?:issue|edition)\b",
            r"^(?:[\w-]+\s){0,3}(?:advisory|warning|watch|alert)\s+(?:in effect\s+)?until\b",
            # a sticky bar naming the story ("Now reading: ..."), tag lists, breadcrumbs from "Home"
            r"^now (?:reading|playing)\s*:", r"^(?:tags?|tagged|topics?|filed under)\s*:",
            r"^home\s*[»›>/|]\s*\S",
            # a market ticker's line: a price change with its percentage ("FCX Freeport 39.87 +1.54 (+4.02%)")
            r"[-+−]\d[\d.,]*\s*\(\s*[-+−]?\d[\d.,]*\s*%\s*\)$", r"^related (?:quotes|tickers|symbols)$",
            r"^(?:after[- ]hours|pre[- ]market) (?:volume|price|trading)\s*:",
            # a finance portal's tickers under the byline: "In this article:", then "LEN", "-0.42%"; its data notice
            r"^[+\-−]\d[\d,.]*\s?%$", r"^in this (?:article|story)\s*:$", r"^quotes (?:are )?delayed\b",
            r"^market data (?:provided|powered) by\b"),
        max_words=24,
        hints=("skip", "font", "typo", "ctrl", "javascript", "listen", "read", "reading", "key events", "provided", "pdf", " kb", " mb",
               "issue", "edition", "until", "now ", "tag", "topic", "filed", "home", "%", "related", "hours", "market",
               "trending", "print", "save", "share", "top", "menu", "search", "close", "sign in", "log in",
               "register", "a+", "a-", "@", "▲", "▼", "△", "▽", "subject:", "app", "highlight", "status", "alert",
               "disruption", "warning", "in this", "delayed", "market data", "to read", "updates"),
    ),
    Rule(
        "advertisement",
        "advertising markers ('Advertisement', 'Story continues below advertisement')",
        _rx(r"^(?:advertisement|advert|ad|ads|sponsored(?: content| links?| stories)?|promoted(?: content| stories)?|"
            r"partner content|paid content|recommended by|from our partners|around the web)$",
            r"^(?:story|article) continues (?:below|after)\b", r"^continue reading (?:below|the main story)\b",
            r"^scroll (?:down )?to continue\b",
            # a sponsor's slot: "SPONSORED BY ARDEN WEALTH", "Brought to you by TerraMax Seed"
            r"^(?:sponsored by|brought to you by|presented by|in partnership with|paid for by)\s+\S"),
        max_words=10,
    ),
    Rule(
        "call_to_action",
        "an advert's or a widget's call to action: an offer, then what to do ('Save 40% on roses — shop the spring "
        "collection', 'Cat modelling for the next decade: download the whitepaper', '... — book a demo')",
        _rx(r"^[^.!]{3,120}?(?:\s[—–]\s|:\s|\?\s)(?:shop|book|buy|order|download|register|sign up|subscribe|try|request|"
            r"claim|learn more|find out more|apply now|get started|start your|join now)\b[^.!?]{0,80}$",
            r"\s[—–]\s(?:\d+% off|(?:\d+ nights? )?from [£$€]\d|free (?:delivery|shipping|trial)|save (?:up to )?\d+%)"
            r"[^.!?]{0,60}$",
            # the action last, after a sentence: "... from €289,000. Book a viewing today", "... credit score. Start now"
            r"[.!]\s+(?:book|start|apply|order|shop|call|register|subscribe|sign up|join|claim|get|buy)\b[^.!?]{0,40}?"
            r"\b(?:today|now|online|here)[.!]?$",
            r"\b(?:early[- ]bird )?tickets (?:are )?(?:now )?(?:available|on sale)\b[^.!?]{0,40}$",
            r"^advertise (?:with|on) (?:us|the [\w .&'’-]{1,40})$"),  # "Advertise with the Ledger"
        max_words=22,
        hints=("shop", "book", "buy", "order", "download", "register", "sign up", "subscribe", "try", "request", "claim",
               "learn more", "find out more", "apply now", "get started", "start your", "join now", "% off", "from £",
               "from $", "from €", "free delivery", "free shipping", "free trial", "save ", "start", "apply", "call",
               "join", "get", "tickets", "advertise"),
    ),
    Rule(
        "agency_credit",
        "agency and reporting credit lines ('Reporting by ...; Editing by ...', '- AFP', 'With Reuters')",
        _rx(r"^\(?(?:reporting|writing|editing|additional reporting|compiled|translated|research) (?:by|from)\b.*$",
            rf"^[-–—(]*\s*(?:{_AGENCIES})\s*\)?\.?$",
            rf"^(?:with|source|sources|agencies|with agencies|via)\s*:?\s*(?:{_AGENCIES}|agencies)(?:\s*(?:,|and|/)\s*(?:{_AGENCIES}))*\.?$",
            r"^.{0,60}\bcontributed (?:to )?(?:this|the) report(?:ing)?\.?$",
            rf"^(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+with\s+(?:{_AGENCIES})\.?$"),  # "L’Horizon with AFP"
        max_words=25,
    ),
    Rule(
        "print_furniture",
        "a printed page's running head and jump lines ('4 Wexcombe Courier Tuesday 10 June 2025', "
        "'Continued on page 5', 'SEE PAGES 34-35: Full reaction')",
        _rx(r"^(?:continued|cont(?:inued|['’]d)?\.?)\s+(?:on|from)\s+(?:page|p\.?)\s*\d+\b[^.!?]{0,40}$",
            r"^(?:see|turn to|full story|more)(?:\s+(?:also|on))?\s*:?\s+(?:pages?|p\.?|pp\.?)\s*\d+(?:\s*[-–&]\s*\d+)?\b"
            r"[^.!?]{0,60}[.!?]?$",
            r"^from (?:page|p\.)\s*\d+$"),
        max_words=16,
        hints=("page", "p.", "pp", "cont"),
    ),
    Rule(
        "running_head",
        "a printed page's running head: page number, paper, date ('4 Wexcombe Courier Tuesday 10 June 2025')",
        re.compile(rf"^(?:\d{{1,3}}\s+{{name}}\s+(?:{ANY_DATE})|(?:{ANY_DATE})\s+{{name}}\s+\d{{1,3}})$"
                   .replace("{name}", r"(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)"), re.IGNORECASE),
        max_words=14,
    ),
    Rule(
        "legal",
        "copyright, cookie and terms notices",
        _rx(r"^(?:©|\(c\)|copyright\b)", r"\ball rights reserved\b", r"\bcookies?\b.*\b(?:accept|policy|consent|settings)\b",
            r"^terms (?:of|and) (?:use|service|conditions)\b",
            # an affiliate disclosure: "... may earn a commission when you buy through links on our site"
            r"\bmay (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:the )?sales|affiliate)\b"),
        max_words=40,
        hints=("©", "(c)", "copyright", "rights reserved", "cookie", "terms", "commission", "share of", "affiliate"),
    ),
)

RULE_DESCRIPTIONS: dict[str, str] = {rule.name: rule.description for rule in NAMED_RULES} | {
    "repeated": "a line found in other articles of the corpus too (menus, footers, teasers), never a quotation",
    "reader_address": "speaks to the reader as 'we'/'you' outside quotation marks, as appeals do and news prose does not",
    "appeal_block": "a line between two appeal lines that also speaks to the reader in the first or second person",
    "comments": "a line of the comment thread after the article (from its 'Comments (14)' or 'Responses' heading on)",
    "pull_quote": "a quotation set apart whose words one of the article's own paragraphs already holds (a pull quote)",
    "title_bar": "the headline shown above the page's own heading (a title bar or breadcrumb repeating it)",
    "teaser_list": "a list of other articles' headlines and dates under its heading ('Read Next', 'Most read')",
    "short_nonprose": "short line not framed by prose on both sides (jusText context rule): labels, teasers, widgets",
    "low_stopword": "long line with too few function words to be prose (lists, tags, menus; jusText density rule)",
}

#: Each rule's family, for charts that cannot colour fifteen rules apart.
RULE_FAMILY: dict[str, str] = {
    **dict.fromkeys(("appeal", "appeal_block", "reader_address", "newsletter", "payment_widget"), "appeals and sign-ups"),
    **dict.fromkeys(("related_links", "social", "share_widget", "call_to_action", "source_link", "comment_form", "advertisement", "widget", "author_bio",
                     "about_block", "comments", "pull_quote", "title_bar", "teaser_list", "print_furniture", "tagline"),
                    "navigation, social and comments"),
    **dict.fromkeys(("byline", "timestamp", "clock", "radio_slot", "photo_credit", "caption_credit", "image_placeholder", "agency_credit",
                     "legal", "running_head"),
                    "credits, bylines and dates"),
    **dict.fromkeys(("short_nonprose", "low_stopword", "repeated"), "general rules (unseen layouts)"),
}
FAMILIES = ("appeals and sign-ups", "navigation, social and comments", "credits, bylines and dates",
            "general rules (unseen layouts)")

#: Rules whose lines belong to an appeal block (used by the block rule).
_APPEAL_RULES = frozenset({"appeal", "newsletter", "payment_widget", "reader_address"})

# --------------------------------------------------------------------------------------
# General (statistical) rules
# --------------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_READER_WORDS = frozenset(
    ["we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "we're", "we've", "we'll", "you're", "you've", "you'll"]
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)

#: jusText's length limits (characters). Its stop-word limits (0.30 / 0.32) are tuned for
#: its own long stop list; with scikit-learn's shorter list, entity-heavy news prose runs
#: as low as 0.18 (measured on the seeds), so only lines below 0.15 are called non-prose.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.15
STOPWORDS_HIGH = 0.30
#: Reader-address rule: at least this many we/you words outside quotes, at this share of words.
READER_MIN = 3
READER_SHARE = 0.05


def words_of(line: str) -> list[str]:
    """Lower-cased word tokens of a line (letters first; digits and punctuation dropped)."""
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(line)]


#: A live blog's opening entry speaks to its readers as part of the story: "Kia ora and welcome to our live coverage
#: of Budget 2026. Finance Minister ... will deliver her speech at 2pm, and we will bring you every announcement".
_LIVE_WELCOME_RE = re.compile(r"\bwelcome to (?:our|the|this) live (?:coverage|blog|updates|reporting)\b", re.IGNORECASE)


def reader_address_count(line: str) -> tuple[int, int]:
    """(we/you words outside quotation marks, all words outside quotation marks).

    Quotations in double or single marks are left out ("‘We’ve spent a fortune…,’ he said" is someone
    speaking, not the site speaking to its reader); a line with no quote mark skips that scan."""
    words = words_of(line)
    if sum(w in _READER_WORDS for w in words) >= READER_MIN and any(mark in line for mark in "\"“”„‘’'"):
        from .quotes import quote_spans  # only a line that could be reader address pays for finding its quotes

        for span in reversed(quote_spans(line)):
            line = line[:span.start] + " " + line[span.end:]
        words = words_of(line)
    return sum(w in _READER_WORDS for w in words), len(words)


#: Share of a page's prose paragraphs that may speak to the reader before that voice is the article's own (a
#: letter to players, an advice column, an owner's first-person account) rather than the site's appeal.
VOICE_SHARE = 0.25


def _site_address(addressing: list[int], prose: list[bool], rules: list[str | None]) -> list[int]:
    """The reader-address lines that are the site speaking (appeals, cookie and republishing notices): all of them,
    unless two or more make up at least ``VOICE_SHARE`` of the page's prose paragraphs; then only those next to a
    named appeal line ("Dear readers," above, "Your support ..." below), as the rest is the article's own voice."""
    kept_prose = sum(p and r is None for p, r in zip(prose, rules, strict=True))
    if len(addressing) < 2 or len(addressing) < VOICE_SHARE * kept_prose:
        return addressing
    near = [j for j, r in enumerate(rules) if r in _APPEAL_RULES]
    return [i for i in addressing if any(abs(i - j) <= 2 for j in near)]


def stopword_density(words: list[str]) -> float:
    """Share of words that are English stop words (0 for an empty line)."""
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


#: A sentence that hands over to the quotation in the next paragraph ("..., said:", "She told the BBC:").
_INTRODUCES_QUOTE_RE = re.compile(r"\b(?:said|says|added|adds|explained|commented|stated|noted|warned|told [\w .'’-]{1,40})\s*:$")


def _context_class(line: str, words: list[str], english: bool) -> str:
    """jusText's context-free class: 'short', 'good', 'neargood' or 'bad'."""
    length = len(line)
    if length < LENGTH_LOW:
        return "short"
    if not english:  # no stop-word list for the language: length alone decides
        return "good" if length >= LENGTH_HIGH else "neargood"
    if _INTRODUCES_QUOTE_RE.search(line):  # "Wellspring Relief’s country director, Fernando Mucavele, said:" is all
        return "neargood"                  # names, yet the sentence that hands over to a quotation
    density = stopword_density(words)
    if density >= STOPWORDS_HIGH:
        return "good" if length >= LENGTH_HIGH else "neargood"
    return "neargood" if density >= STOPWORDS_LOW else "bad"


# --------------------------------------------------------------------------------------
# Headline
# --------------------------------------------------------------------------------------
_SENTENCE_RE = re.compile(r"[.,;:][\"'”’]?$|[.!?][\"'”’]?\s+[\"“‘']?[A-Z]")


def reads_as_headline(line: str) -> bool:
    """A first content line reads as a headline when it is 3-25 words, starts with a capital
    (or a quote), does not end like a sentence (full stop, comma, colon, even inside a
    closing quote) and holds no sentence break ("... grateful. We ...")."""
    n = len(line.split())
    first = _LEADING_SYMBOLS_RE.sub("", line)[:1]  # a channel's emoji before its headline: "🚢 Lampedusa hotspot ..."
    return 3 <= n <= 25 and len(line) <= 200 and not _SENTENCE_RE.search(line) and (
        first.isupper() or (first != "" and first in "\"'“‘")
        # a figure opens it: "$18 million upgrade to make Dukes Bend junction safer", "5 things to know about ..."
        or (n >= HEADLINE_MIN_WORDS and (first.isdigit() or line[:1] in "$£€¥₹")
            and not re.match(r"\d{1,4}[/.:-]\d", line)))  # never a print header's "3/15/25, 9:41 AM ..."


_LEADING_SYMBOLS_RE = re.compile(r"^[^\w\s\"'“‘(\[]+\s*")
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘']?[A-Z])")


def reads_as_two_part_headline(line: str) -> bool:
    """A headline in two or three short sentences with no full stop at its end ("Peat ban delayed again. Growers
    say they are ready anyway", "The Fed cut rates. Here's what it means for your savings"): 6-25 words, each
    sentence of two words or more starting with a capital. A paragraph ends with its full stop; a caption or a
    teaser that reads so is told apart by where it stands (see ``pick_headline``)."""
    if len(line) > 200 or not 6 <= len(line.split()) <= 25 or line.rstrip()[-1:] in ".,;:!?\"'”’":
        return False
    parts = _SENTENCE_BREAK_RE.split(line)
    return 2 <= len(parts) <= 3 and all(len(part.split()) >= 2 for part in parts) and line[:1].isupper() and not (
        _PICTURE_CREDIT_RE.match(parts[-1]))


#: Longest sentence, in words, of a headline written in full sentences.
HEADLINE_SENTENCE_WORDS = 14


def _in_short_sentences(line: str) -> bool:
    """Two or three short sentences ending with a full stop, question or exclamation mark, capital first: a headline
    when it stands right under a section label ("Tidebreaker is moving to 2026. Here's why."); never a caption
    whose last sentence is its credit."""
    if len(line) > 200 or not 4 <= len(line.split()) <= 25 or line.rstrip()[-1:] not in ".!?" or not line[:1].isupper():
        return False
    parts = _SENTENCE_BREAK_RE.split(line)
    return 2 <= len(parts) <= 3 and all(2 <= len(part.split()) <= HEADLINE_SENTENCE_WORDS for part in parts) and not (
        _PICTURE_CREDIT_RE.match(parts[-1]))


#: A caption's last sentence that is its picture's credit: a photographer's name in capitals ("ISAAC RIERA",
#: "RACHEL DUVALL, Courier", "FERNANDO VILLAR (EFE)") or "Photo courtesy of ...", "Picture: ...".
_PICTURE_CREDIT_RE = re.compile(r"(?:photo(?:graph)?|picture|image|illustration|video|footage|courtesy|credit|source)s?\b"
                                r"|(?-i:[A-Z]{2,}[\w'’-]*(?:,?\s+\(?[A-Z][\w'’&.-]*\)?){1,4})$", re.IGNORECASE)


#: The last words of a section's title: "... News Releases", "Newsroom", "Media Centre" (also read by ``corpus``).
SECTION_TITLES = r"news releases|press releases|media releases|newsroom|media cent(?:re|er)|press room"
#: Lines that read like headlines but are page furniture: breadcrumbs ("Tech > AI"), tickers ("DOW 44,782.00
#: -0.29%"), weather ("Abu Dhabi 26°C"), labelled teasers ("Breaking: ...", "Live: ...").
_NOT_HEADLINE_RE = re.compile(r"\s[>|»/›]\s|^(?:\S+\s){0,3}[-+−]?\d+\s?°[CF]?$|[-+−]\d[\d.,]*%|"
                              r"^(?:breaking|live|watch|video|listen|opinion|analysis|"
                              r"sponsored|advertisement|exclusive|update|updated)\b\s*[:|-]|"
                              # a report's form fields: "Location: Coire na Creige", "Team members: 17", "Venue: ..."
                              r"^(?:location|time|date|venue|where|when|team members|other agencies|duration|"
                              r"status|category|categories|tags|price|tickets|contact|incident type|type|station|"
                              r"branch|region|author|source|department|organisation|organization|sector)\s*:|"
                              r"\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
                              # a section's title: "Ridgeback Canyon National Park News Releases", "Media Centre"
                              rf"\b(?:{SECTION_TITLES})$",
                              re.IGNORECASE)
#: A story's kind written before its title: "LIVE: ...", "Analysis - ...", "EXCLUSIVE | ...".
_STORY_LABEL_RE = re.compile(r"^(?:live|watch|video|listen|opinion|analysis|exclusive)\s*[:|-]\s*", re.IGNORECASE)
#: Headings of a live blog's list of entries.
_LIST_HEADING_RE = re.compile(r"^(?:key events|show key events only|summary|highlights|in this (?:story|article)|"
                              r"contents|on this page)$", re.IGNORECASE)
#: Headings of a site's list of other articles' headlines ("TRENDING", "Top stories", "Most read").
_TEASER_HEADING_RE = re.compile(r"^(?:trending(?: now| stories)?|most (?:read|popular|viewed|shared)|top (?:stories|news)|"
                                r"popular(?: now| stories)?|latest(?: news| stories| headlines)?|recommended(?: for you| stories| reading)?|"
                                r"read more|"
                                r"editor(?:'|’)?s(?:'|’)? picks|don(?:'|’)?t miss|more (?:stories|news|headlines)|"
                                r"also read|read also|see also|read next|you (?:may|might) also (?:like|enjoy)|in case you missed it|just in|what(?:'|’)?s hot|"
                                r"related(?: news| stories| articles| posts| coverage| content)?|recent posts|"
                                r"explore more|more on this (?:topic|story)|tags?|topics|related topics|filed under|"
                                r"more (?:stories|news|headlines) from [\w .&'’-]{1,40}|trending on [\w .&'’-]{1,40}|"
                                r"(?:most read|popular) on [\w .&'’-]{1,40})"
                                r"\s*:?$", re.IGNORECASE)
#: A headline has at least this many words when one such line is there to choose ("Skip to main content",
#: "Delhi Election Results" and other menu and category lines are shorter than most headlines).
HEADLINE_MIN_WORDS = 5
#: Lines at the foot of a page, where its footer names the site again.
FOOTER_LINES = 30
#: Lines at the top of a page where the site's name stands (under a language switcher or a "Skip to content").
SITE_NAME_LINES = 3
#: A headline-like line this far above another is the headline, the other its standfirst.
STANDFIRST_GAP = 3


def _is_prose_paragraph(line: str, words: list[str]) -> bool:
    """A paragraph of the article's body: prose length, ends like a sentence, has function words, and is not
    written in title case (a headline with a full stop: "Eggs Cost Me $1,900. Here's How a Bakery Survives.")."""
    return len(line) >= LENGTH_LOW and _SENTENCE_END_RE.search(line) is not None and (
        stopword_density(words) >= STOPWORDS_LOW) and not in_title_case(line)


#: Short words a title-case headline leaves in lower case ("How a Bakery Survives That", "Back to the Office").
_TITLE_LOWER = frozenset(["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "via", "vs", "per", "into", "onto", "over", "up", "off", "out", "is", "are", "be", "than"])
#: A title-case line has at least this many words that must be capitalised.
TITLE_MIN_WORDS = 4
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def in_title_case(line: str) -> bool:
    """True for a line in headline title case: of its words (short function words apart), every one starts
    with a capital, and there are at least ``TITLE_MIN_WORDS`` of them. News prose never reads so: its
    sentences hold lower-case words other than "a", "of" or "the"."""
    if len(line) > 200:
        return False
    capitalised = 0
    for match in _TITLE_WORD_RE.finditer(line):  # prose stops at its first lower-case word that is not a function word
        word = match.group()
        if word.lower() in _TITLE_LOWER:
            continue
        if not word[0].isupper():
            return False
        capitalised += 1
    return capitalised >= TITLE_MIN_WORDS


#: A title bar stands at most this many lines above the page's own heading that repeats it.
TITLE_BAR_LINES = 25


def _title_repeats(lines: list[str]) -> dict[int, int]:
    """Lines that come again a little further down, each mapped to its later copy: a page's title shown in a
    title bar or breadcrumb, then as its heading (even a two-sentence headline that reads as prose). Only
    headline-length lines (at most 200 characters) with at least three words count."""
    seen: dict[str, int] = {}
    pairs: dict[int, int] = {}
    for j, line in enumerate(lines):
        if len(line) > 200 or line.count(" ") < 2:
            continue
        i = seen.get(line)
        # a title bar, then the heading: no paragraph of prose between them (a "Most read" list below the body
        # repeats the headline after the body)
        if i is not None and j - i <= TITLE_BAR_LINES and i not in pairs and not any(
                len(lines[k]) >= 120 and _SENTENCE_END_RE.search(lines[k]) for k in range(i + 1, j)):
            pairs[i] = j
        seen[line] = j
    return pairs


#: A wire dateline with its agency in brackets: "LONDON, March 2 (Reuters) -", "Ankara, April 16 (Anadolu Agency)"
#: (``helpers.corpus`` reads the agency from it).
DATELINE_AGENCY_RE = re.compile(r"^[A-Z](?:[^\W\d_]|[ .'’-]){1,40}(?P<region>,\s*[A-Z](?:[^\W\d_]|[ .'’-]){1,30})?,?\s+"
                                r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:(?:,?\s+|/)\d{4})?,?\s+"  # "March 10/2025"
                                r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?,?\s+)?"  # "14 March", "11 Mar" (EFE, STA)
                                r"\((?P<agency>[A-Z][\w .&-]{1,30})\)\s*(?P<dash>[-–—:])?")


def _dateline_only(line: str) -> bool:
    """A wire dateline alone on its line ("Ankara, April 16 (Anadolu Agency)"): article text, never the headline."""
    m = DATELINE_AGENCY_RE.match(line)
    return bool(m) and not line[m.end():].strip()


def pick_headline(lines: list[str], tokens: list[list[str]], rules: list[str | None],
                  also: frozenset[int] = frozenset()) -> int | None:
    """Index of the headline: of the lines that read as one above the body's first prose paragraph (and are
    not breadcrumbs, tickers, dates or labelled teasers), a line the page repeats (its title shown twice)
    wins; else the one nearest the body with at least ``HEADLINE_MIN_WORDS`` words (menus and category lines
    are shorter), or the first of the headline-like lines just above it (headline, then standfirst); else the
    nearest shorter one. None when no line reads as a headline. ``also``: removed lines that may still be the
    headline (an article's title repeated as a teaser on the site's other pages)."""
    bars = _title_repeats(lines)
    twice = set(bars.values())  # the title bar, then the heading
    prose = [i for i, r in enumerate(rules) if r is None and i not in twice and i not in bars
             and _is_prose_paragraph(lines[i], tokens[i])]
    # a sentence-like line above a breadcrumb ("Gold Line: Single-tracking between Central Sq. and Harlow St. after 9
    # p.m." in a service-alerts box over "Home > About > Newsroom") is the page's furniture: the body starts below
    while len(prose) > 1 and any(_TRAIL_RE.search(lines[k]) for k in range(prose[0] + 1, prose[1])):
        prose = prose[1:]
    start = prose[0] if prose else len(lines)
    # a headline in short sentences with its full stop ("Coal wagons roll across the border. Drivers ask what comes
    # next."), right under the section label or breadcrumb: the headline, even when it reads as the first paragraph
    under_label = [i + 1 for i in range(min(start + 1, len(lines) - 1)) if _separates_headline(lines[i])
                   and not _AD_LABEL_RE.match(lines[i].strip())]  # under "ADVERTISEMENT" stands an advert
    sentences = next((i for i in under_label[-1:] if (rules[i] is None or i in also) and _in_short_sentences(lines[i])),
                     None)
    if sentences == start:
        start = next((i for i in prose if i > sentences), len(lines))
    # the title shown in a bar above and again as the heading below a sentence (a sign-up box's "Central banks, bond
    # markets and ... Join 18,400 subscribers."): that sentence is furniture, and the body starts under the heading
    if later := [j for i, j in bars.items() if i < start < j]:
        start = next((i for i in range(max(later) + 1, len(lines)) if rules[i] is None
                      and _is_prose_paragraph(lines[i], tokens[i])), len(lines))
    # one headline-like line right above the story's date line (a byline may stand between): the title block ends at
    # that date, so a picture's caption under it is no candidate, and the line may be the headline though a rule took
    # it for a short menu line; the headline is then found among the lines down to it as always (the standfirst too
    # stands over a byline and a date, and its headline above it)
    dated = _dated_titles(lines, tokens, rules, start)
    title_end = start
    if len(dated) == 1:
        title_end, also = min(start, dated[0][1]), also | {dated[0][0]}
    # a label before the title over the story's date line is the story's own ("LIVE: Budget 2026 presented ..."); in
    # the header it marks a ticker ("BREAKING: Sandbar at Demerara Harbour Bridge causes delays")
    labelled = {i for i, _ in dated} | {start - 1}  # or right over the story's first paragraph
    open_ = [i for i in range(title_end) if (rules[i] is None or i in also) and i not in bars
             and not _NOT_HEADLINE_RE.search(_STORY_LABEL_RE.sub("", lines[i]) if i in labelled else lines[i])
             and not DATE_RE.search(lines[i]) and not _is_ticker(lines[i])
             and not _dateline_only(lines[i])]
    candidates = [i for i in open_ if reads_as_headline(lines[i]) or in_title_case(lines[i])
                  or reads_as_two_part_headline(lines[i]) or i == sentences]
    # a line shown twice that reads as prose ("Insurers are leaving Colorado's foothills. Homeowners are left with
    # few options.") is the headline only when no line of headline length reads as one
    titles = [i for i in open_ if i in twice and i not in candidates]
    if titles and not any(len(lines[i].split()) >= HEADLINE_MIN_WORDS for i in candidates):
        return titles[-1]
    if not candidates:
        return None
    # A live blog's list of entries above the body ("Key events", "Summary") holds headline-like lines that are not
    # the article's: candidates after such a list's heading are left out while any come before it.
    listed = next((i for i in range(start) if _LIST_HEADING_RE.match(lines[i])), None)
    if listed is not None and any(i < listed for i in candidates):
        candidates = [i for i in candidates if i < listed]
    seen = [line.lower() for line in lines]
    # a line in a run of three or more headline-like lines is a list item (a ticker's or a teaser list's): shown
    # again in another list on the page, it is still not the page's title
    chosen = set(candidates)
    listed = {i for i in candidates if sum(k in chosen for k in (i - 2, i - 1, i + 1, i + 2)) >= 2
              and ((i - 1 in chosen and (i - 2 in chosen or i + 1 in chosen)) or (i + 1 in chosen and i + 2 in chosen))}
    # (the title again in a widget or a list, never the site's name in its copyright line or in a sentence of the body)
    # (nor one of the page's first lines written again as a whole line at its foot: the site's name at both ends,
    # "Presidencia de la República Oriental del Uruguay", under a language switcher too)
    repeated = [i for i in candidates if i not in listed and len(lines[i].split()) >= HEADLINE_MIN_WORDS
                and not (i < SITE_NAME_LINES and seen[i] in seen[max(i + 1, len(seen) - FOOTER_LINES):])
                and any(seen[i] in other and k != i and "©" not in other and "copyright" not in other
                        and not _is_prose_paragraph(lines[k], tokens[k])
                        for k, other in enumerate(seen) if len(other) < 300)]
    # a headline shares words with the story under it; a site's slogan or greeting ("The free news source you can
    # write!", "Your daily guide to ...") shares none
    body = {w for i in range(start, min(len(lines), start + BODY_LINES_FOR_HEADLINE)) if rules[i] is None
            for w in _content_words(tokens[i])}
    shared = {i: len(_content_words(tokens[i]) & body) for i in candidates}
    if len(repeated) == 1 and not (body and shared[repeated[0]] == 0):
        return repeated[0]  # several repeated lines are a list of entries shown twice (a live blog's key events)
    long_enough = [i for i in candidates if len(lines[i].split()) >= HEADLINE_MIN_WORDS]
    if not long_enough:
        return candidates[-1]
    # a list of teasers under its heading ("TRENDING", "Top stories"): its lines, up to the first line that is no
    # candidate, are other articles' headlines
    teasers: set[int] = set()
    for i in range(start):
        if _TEASER_HEADING_RE.match(lines[i]):
            k = i + 1
            while k < start and k in candidates:
                teasers.add(k)
                k += 1
    def first_of_close_lines(best: int) -> int:
        """A headline, then its standfirst: the first of headline-like lines close together."""
        while ((earlier := [i for i in long_enough if best - STANDFIRST_GAP <= i < best]) and earlier[-1] not in teasers
               and not any(_separates_headline(lines[k]) or rules[k] not in _BETWEEN_HEADLINE_AND_STANDFIRST
                           for k in range(earlier[-1] + 1, best))):
            best = earlier[-1]
        return best

    best = first_of_close_lines(long_enough[-1])
    if body and shared[best] == 0:  # a slogan: the first line after it that shares words with the body is the headline
        after = [i for i in long_enough if i > best and i not in teasers and shared[i] >= HEADLINE_SHARED_WORDS]
        # else a widget under the headline ("Why you can trust HS", "Download high-resolution image"): the nearest line
        # before it that shares them, or the headline above that line when it is the standfirst
        before = [i for i in long_enough if i < best and i not in teasers and shared[i] >= HEADLINE_SHARED_WORDS]
        best = after[0] if after else first_of_close_lines(before[-1]) if before else best
    return best


#: Rules that may have removed a page's own title above its date line (a short line read as a menu's, a title the
#: site repeats): the title is still the headline.
_TITLE_RULES = frozenset({None, "short_nonprose", "repeated"})


def _dated_titles(lines: list[str], tokens: list[list[str]], rules: list[str | None], start: int
                  ) -> list[tuple[int, int]]:
    """(line, its date line) for the lines above the body (``start``) that read as a headline of ``HEADLINE_MIN_WORDS``
    words or more and stand right above a date line ("Published: 16 March 2025 | 18:20", "Posted 3 hours ago"), or
    above a byline over one: a page's title or standfirst, its date under it. A date line more than
    ``TITLE_BLOCK_LINES`` lines above the body is the header's, not the story's."""
    found = []
    for i in range(start):
        if (rules[i] not in _TITLE_RULES or len(tokens[i]) < HEADLINE_MIN_WORDS or not reads_as_headline(lines[i])
                or _NOT_HEADLINE_RE.search(_STORY_LABEL_RE.sub("", lines[i])) or DATE_RE.search(lines[i])
                or _is_ticker(lines[i])):
            continue
        for j in (i + 1, i + 2):
            if j >= len(lines) or len(tokens[j]) > DATE_LINE_WORDS:
                break
            if DATE_RE.search(lines[j]) or rules[j] in ("timestamp", "clock"):
                # further up, or at the page's top over a weekday's date, a site's slogan over today's date in its
                # header ("Official news of the Government of ..." over "Thursday, 12/03/2026")
                if start - j <= TITLE_BLOCK_LINES and not (i < SITE_NAME_LINES and _WEEKDAY_FIRST_RE.match(lines[j])):
                    found.append((i, j))
                break
            if not (rules[j] == "byline" or _BYLINE_LIKE_RE.match(lines[j])):
                break
    return found


#: A line opening with a weekday: "Thursday, 12/03/2026", a header's bar of today's date.
_WEEKDAY_FIRST_RE = re.compile(r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
#: Lines at most between a headline's date line and the body's first paragraph (share rows, a caption, an ad: up to
#: 13 on the 496 labelled pages of evaluation/cleaning).
TITLE_BLOCK_LINES = 16
#: Words of a line under a headline that gives its date ("Published on: 21-03-2023 | 18:42 IST").
DATE_LINE_WORDS = 12
#: A byline between a headline and its date line: "By Ana Ruiz", "Kyle Doucette, NorthernPulse staff", an agency's
#: "AFP".
_BYLINE_LIKE_RE = re.compile(r"^(?:By\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}(?:\s*[,|·–—-]\s*[\w\s’'.&-]{0,40})?$"
                             r"|^[A-Z]{2,6}$"
                             # a newsroom signing: "Bridge City 7 News Staff", "By The Ledger Desk"
                             r"|^(?:By\s+)?[A-Z0-9][\w’'.&-]*(?:\s+[A-Z0-9][\w’'.&-]*){0,5}\s+"
                             r"(?:Staff|Desk|Team|Newsroom|Bureau|Reporters?|Editors?)$")


#: A label over an advert: the line under it is the advert's, never the headline ("ADVERTISEMENT" over "Trade cocoa
#: futures with margins from $1,200. Open an account in minutes.").
_AD_LABEL_RE = re.compile(r"(?:advertisement|advertising|advert|ad|sponsored(?: content)?|promoted|paid (?:content|post))"
                          r"(?:\s*/\s*(?:publicité|publicidad|anzeige|reklama|pubblicità))?"  # a bilingual site's label
                          r"\W*$", re.IGNORECASE)


#: An advert's own words: a call to act opening a sentence, or a financial promotion's warning.
_PROMO_RE = re.compile(r"(?:^|[.!?]\s+)(?:Open an? (?:\w+ )?account|Sign up|Download|Shop|Buy|Book|Apply|Subscribe|Claim|"
                       r"Invest|Start trading|Try)\b|\bCapital at risk\b|\b(?:T&Cs|Conditions|Restrictions) apply\b|"
                       r"\bTerms (?:and conditions )?apply\b|"
                       # an offer, a phone number to call, tickets on sale: "20% off all interior colours", "Call
                       # 225-2222.", "Early-bird tickets until 15 March"
                       r"\b\d{1,2}\s?% off\b|\bCall (?:us )?(?:on |at )?\+?\d[\d -]{5,}\d\b|\b[Ee]arly[- ]bird\b|"
                       r"\btickets? (?:on sale|available|from|until)\b")
#: A stock's ticker symbol alone on its line ("LEN", "BRK.B"), as a finance portal lists the firms a story names.
_TICKER_SYMBOL_RE = re.compile(r"[A-Z]{1,5}(?:\.[A-Z])?")
_IN_THIS_ARTICLE_RE = re.compile(r"in this (?:article|story)\s*:\s*$", re.IGNORECASE)
#: Words at most of an advert's line under its label (longer lines there are the article's).
AD_LINE_WORDS = 40


def _content_words(words: list[str]) -> set[str]:
    """A line's words of three letters or more that are not stop words (what a headline shares with its story)."""
    return {w for w in words if w not in STOP_WORDS and len(w) > 2}


#: Lines of the body, from its first paragraph, whose words a headline is checked against.
BODY_LINES_FOR_HEADLINE = 6
#: Words a line must share with the body to replace a headline candidate that shares none.
HEADLINE_SHARED_WORDS = 2


#: What may stand between a headline and its standfirst: a byline, a date, a clock time. Any other removed line
#: between two headline-like lines (a picture's caption, "Share this post", a menu item) means the first is not
#: the headline of the second (another story's teaser over the picture, a site's slogan over its own title).
_BETWEEN_HEADLINE_AND_STANDFIRST = frozenset({None, "byline", "timestamp", "clock"})

#: A line between two headline-like lines that ends the page's furniture above the article: a section label in
#: capitals ("COUNTIES") or a breadcrumb ("Samoa / Business", "Home › Counties"). Whatever stands above it (an
#: ad's slogan, a "Join our channel" prompt) is not the article's headline.
_BREADCRUMB_RE = re.compile(r"\s[>|»/›]\s")
#: A breadcrumb trail's arrows ("Home > About CRTA > Newsroom"): never a share row's bars or a date's slashes.
_TRAIL_RE = re.compile(r"\s[>»›]\s")


def _separates_headline(line: str) -> bool:
    """A section label (one word, or up to three in capitals; no digits: "Montenegro", "COUNTIES") or a breadcrumb:
    see ``_BREADCRUMB_RE``. A byline ("Faraz Qureshi") or a date line may stand between a headline and its
    standfirst; a label does not."""
    words = line.split()
    if {w.lower() for w in _LETTERS_RE.findall(line)} <= _SHARE_ROW_WORDS:
        return False  # "Share | Save | Print", "💬 27 | Share: WhatsApp · X": a share row, between a headline and its body
    return ((len(words) == 1 or (line.isupper() and len(words) <= 3)) and not any(c.isdigit() for c in line)) \
        or bool(_BREADCRUMB_RE.search(line))


#: Runs of letters: a line's words without its counters, bars and symbols.
_LETTERS_RE = re.compile(r"[^\W\d_]+")
#: The words of a share row ("Share | Save | Print", "Facebook / X / Email").
_SHARE_ROW_WORDS = frozenset(["", "share", "save", "print", "email", "e-mail", "facebook", "x", "twitter", "linkedin",
                              "whatsapp", "telegram", "copy", "link", "bookmark", "comment", "comments", "listen"])


def _is_ticker(line: str) -> bool:
    """A market or weather ticker: three or more figures making up at least 40% of the line's tokens
    ("EUR/RSD 117.02  EUR/MKD 61.53", "Gold SJC (bn VNĐ/tael) 0.0901 ▲")."""
    tokens = line.split()
    figures = sum(any(c.isdigit() for c in t) for t in tokens)
    return (figures >= 3 and figures >= 0.4 * len(tokens)) or (figures >= 1 and any(c in line for c in "▲▼"))


# --------------------------------------------------------------------------------------
# The cleaner
# --------------------------------------------------------------------------------------
@dataclass
class Cleaned:
    """Result of cleaning one article."""

    headline: str
    body: list[str]
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line) in file order
    #: How many of ``removed`` come before the body's second prose paragraph (a page's own date and byline stand
    #: there, after a standfirst that reads as prose; dates further down belong to teasers of other articles).
    removed_above: int = 0
    #: How many of ``removed`` come before the headline (a site header's "today" date stands there).
    removed_before_headline: int = 0

    @property
    def text(self) -> str:
        """The cleaned body, one paragraph per line."""
        return "\n".join(self.body)


def named_rule(line: str) -> str | None:
    """The name of the first named rule that matches a normalised line, or None."""
    n_words = len(line.split())
    lower = line.lower()
    for rule in NAMED_RULES:
        if rule.matches(line, n_words, lower):
            return rule.name
    return None


_MESSAGE_HEADING_RE = re.compile(r"^an? (?:message|word) from\b[^.!?]{2,80}:$", re.IGNORECASE)


#: A credit line alone under a picture's caption: "(Image: Getty Images)", "Photo: Reuters", "[Picture: Alamy]".
_IMAGE_CREDIT_LINE_RE = re.compile(r"^[\[(]?\s*(?:image|photo(?:graph)?|picture|pic)s?(?:\s+credits?)?\s*:\s*[^.:]{1,60}"
                                   r"[\])]?\.?$", re.IGNORECASE)
#: A caption over a credit line is at most this many words (a paragraph over a credit is the article's).
CAPTION_MAX_WORDS = 40
#: A line ending as a sentence does: a caption over its credit has no full stop ("Fans unveil a banner at ...").
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]?$")


def clean_lines(raw: str, english: bool = True, repeated: frozenset[int] = frozenset()) -> Cleaned:
    """Split an article into headline, kept body lines and removed (rule, line) pairs.

    ``english`` switches the stop-word tests off for other languages, where the
    English stop list would call every line non-prose. ``repeated`` holds the keys
    (``repeats.line_key``) of lines the corpus repeats across articles: those go as
    "repeated" unless they hold a quotation (``repeats``).
    """
    from .repeats import countable, line_key

    # a printed page's columns copied as text: each run of hard-wrapped lines is judged as the paragraph it is
    source = [normalise_line(line) for line in raw.splitlines()]
    named = [named_rule(line) if line else None for line in source]
    # a line a named rule takes stands alone ("Continued on page 5"), unless it continues a sentence in lower case
    # ("by October after health bosses" is no byline)
    groups = wrap_groups(source, apart=frozenset(i for i, rule in enumerate(named) if rule and not source[i][0].islower()))
    members = [[source[k] for k in group] for group in groups]
    lines = [parts[0] if len(parts) == 1 else join_wrapped(parts) for parts in members]
    rules: list[str | None] = [named[group[0]] if len(group) == 1 else named_rule(line)
                               for group, line in zip(groups, lines, strict=True)]
    if repeated:
        for i, line in enumerate(lines):
            if rules[i] is None and countable(line) and line_key(line) in repeated:
                rules[i] = "repeated"
    tokens = [words_of(line) for line in lines]

    addressing = [i for i, line in enumerate(lines) if rules[i] is None and english
                  and (n := reader_address_count(line))[0] >= READER_MIN and n[0] >= READER_SHARE * n[1]
                  and not _LIVE_WELCOME_RE.search(line)]
    prose = [_is_prose_paragraph(line, toks) for line, toks in zip(lines, tokens, strict=True)]
    for i in _site_address(addressing, prose, rules):
        rules[i] = "reader_address"
    # A press release's "About <company>" heading after the body: it and every line after it are its boilerplate.
    for about in [i for i, r in enumerate(rules) if r == "about_block"]:
        if not any(prose[:about]):
            rules[about] = None  # "About Us" in a menu above the article: the context rules judge it
            continue
        for i in range(about + 1, len(lines)):
            rules[i] = rules[i] or "about_block"
        break

    # A comment thread after the body: from its heading ("Comments (14)", "Responses (31)", "Discussion about this
    # post") on, readers' names and comments, never the article: at least COMMENTS_AFTER prose paragraphs before it
    # and twice as many as after it (a "188 comments" counter under the byline has the article after it).
    heading = next((i for i, r in enumerate(rules) if r == "comment_form" and _COMMENTS_HEADING_RE.match(lines[i])
                    and (before := sum(prose[:i])) >= COMMENTS_AFTER and before >= 2 * sum(prose[i + 1:])), None)
    if heading is not None:
        for i in range(heading + 1, len(lines)):
            rules[i] = rules[i] or "comments"

    # Appeal blocks: a line between two appeal lines that also addresses the reader.
    for i in range(1, len(lines) - 1):
        if (rules[i] is None and rules[i - 1] in _APPEAL_RULES and rules[i + 1] in _APPEAL_RULES
                and reader_address_count(lines[i])[0] > 0):
            rules[i] = "appeal_block"

    # a picture's caption over its credit line ("Grant Everhart, pictured at ... last season" over "(Image: Getty
    # Images)"): the caption goes with its credit, and is never the headline
    for i in range(len(lines) - 1):
        if (rules[i] is None and rules[i + 1] == "photo_credit" and _IMAGE_CREDIT_LINE_RE.match(lines[i + 1])
                and len(tokens[i]) <= CAPTION_MAX_WORDS and not _SENTENCE_END_RE.search(lines[i])):
            rules[i] = "photo_credit"  # (a line ending in a full stop is the article's paragraph over a picture)

    for i in range(1, len(lines)):  # "ADVERTISEMENT" over "Trade cocoa futures ... Open an account in minutes."
        if (rules[i] is None and _AD_LABEL_RE.match(lines[i - 1].strip()) and len(tokens[i]) <= AD_LINE_WORDS
                and _PROMO_RE.search(lines[i])):
            rules[i] = "advertisement"

    for i in range(1, len(lines)):  # "In this article:" then its tickers: "LEN", "-0.42%", "DHI", "+1.10%"
        if rules[i] is None and rules[i - 1] == "widget" and _TICKER_SYMBOL_RE.fullmatch(lines[i].strip()) and (
                _IN_THIS_ARTICLE_RE.match(lines[i - 1]) or (i >= 2 and _TICKER_SYMBOL_RE.fullmatch(lines[i - 2].strip()))):
            rules[i] = "widget"

    headline = ""
    # an article's own title may come back as a teaser on the site's other pages: a repeated line can still be
    # the headline (the body and every other rule still see it as removed)
    pick = pick_headline(lines, tokens, rules, also=frozenset(i for i, r in enumerate(rules) if r == "repeated"))
    if pick is not None:
        headline, rules[pick] = lines[pick], "headline"
        for i in range(pick):  # "BREAKING: Federal judge orders ..." above the headline: the site's news ticker
            if rules[i] is None and _TICKER_LABEL_RE.match(lines[i]):
                rules[i] = "teaser_list"
        for i in range(pick + 1, len(lines)):  # the headline again in a "Most read" list below the body
            if lines[i] == headline and rules[i] is None:
                rules[i] = "teaser_list"
        for i in range(max(0, pick - TITLE_BAR_LINES), pick):
            if lines[i] == headline and rules[i] is None:
                rules[i] = "title_bar"

    for i in range(len(lines) - 1):  # "A message from X:" (a sponsor, an editor), then the message itself
        if rules[i] is not None and _MESSAGE_HEADING_RE.match(lines[i]) and rules[i + 1] is None:
            rules[i + 1] = rules[i]

    _context_rules(lines, tokens, rules, english)
    _drop_teaser_lists(lines, tokens, rules)
    _drop_pull_quotes(lines, rules)
    _keep_repeated_subheadings(lines, tokens, rules)
    _keep_prose_of_short_articles(lines, tokens, rules, english)
    _keep_quote_signatures(lines, rules)
    _keep_introduced_lists(lines, rules)

    body = [line for line, r in zip(lines, rules, strict=False) if r is None]
    # a removed run of wrapped lines is logged line by line, as the source has them
    removed = [(r, part) for parts, r in zip(members, rules, strict=True) if r not in (None, "headline") for part in parts]
    # a line repeating the headline (a sticky title bar) is not a paragraph of the body
    paragraphs = (i for i, r in enumerate(rules) if r is None and prose[i] and lines[i] != headline)
    next(paragraphs, None)  # a standfirst reads as prose: the page's own byline and date may come after it
    second = next(paragraphs, len(rules))
    # a byline with its date line under it, above the body's middle paragraph, is the page's own however many
    # short paragraphs come first (a fact check's "Claim:" and "Rating:" lines)
    rest = list(paragraphs)
    middle = rest[len(rest) // 2] if rest else second
    second = next((i + 1 for i in range(second, middle) if rules[i] == "timestamp" and rules[i - 1] == "byline"),
                  second)
    above = sum(len(parts) for parts, r in zip(members[:second], rules[:second], strict=True) if r not in (None, "headline"))
    before = sum(len(parts) for parts, r in zip(members[:pick], rules[:pick], strict=True)
                 if r not in (None, "headline")) if pick is not None else 0
    return Cleaned(headline=headline, body=body, removed=removed, removed_above=above, removed_before_headline=before)


#: The context rules judge lines by their neighbours; in an article with no line left, these rules' lines are
#: read again on their own (a one- or two-sentence news brief has no prose around it to vouch for it).
_CONTEXT_RULES = ("short_nonprose", "low_stopword")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]*$")


def reads_as_prose(line: str, words: list[str], english: bool) -> bool:
    """A sentence on its own: at least five words, ends like a sentence, and (in English) holds a function word."""
    return (len(line.split()) >= 5 and _SENTENCE_END_RE.search(line) is not None
            and (not english or stopword_density(words) > 0))


#: A repeated line this short between two paragraphs of the body is a sub-heading of the site's format.
SUBHEADING_MAX_WORDS = 6


#: A sentence this short in a teaser list is a teaser's summary ("The network will repurpose old gas pipes."); a
#: longer one is a paragraph and ends the list.
TEASER_SUMMARY_CHARS = 110
#: Longest run of lines taken as one teaser list after its heading.
TEASER_LIST_MAX = 30


def _drop_teaser_lists(lines: list[str], tokens: list[list[str]], rules: list[str | None]) -> None:
    """A list of other articles under its heading ("Read Next", "Most read", "Related News"): the heading and the
    lines after it that read as headlines, numbered headlines ("2. Ex-treasurer sentenced ...") or dates, up to the
    first prose paragraph or the article's own headline, are the site's teasers, not the article."""
    for i, line in enumerate(lines):
        if not _TEASER_HEADING_RE.match(line):
            continue
        rules[i] = rules[i] or "teaser_list"
        after_item = False
        for j in range(i + 1, min(len(lines), i + 1 + TEASER_LIST_MAX)):
            item = _LEADING_STAMP_RE.sub("", _NUMBERED_RE.sub("", lines[j]))  # "26.03.2025 Kutaisi airport ...", "12:48 ..."
            # a short sentence right under a teaser's headline is its summary
            teaser_summary = (after_item and len(lines[j]) < TEASER_SUMMARY_CHARS
                              and _SENTENCE_END_RE.search(lines[j]) is not None)
            after_item = reads_as_headline(item) or in_title_case(item)
            label = len(item.split()) <= 3 and not _SENTENCE_END_RE.search(item)  # "Business", "Energy transition"
            if rules[j] == "headline" or (_is_prose_paragraph(lines[j], tokens[j]) and not teaser_summary):
                break
            if not (rules[j] or teaser_summary or label or reads_as_headline(item) or in_title_case(item)
                    or DATE_LINE_RE.match(lines[j])):
                break
            rules[j] = rules[j] or "teaser_list"


#: A list item's number: "2. Ex-treasurer sentenced ...", "3) ...", or a bare rank before a capital ("1 Electricity prices ...").
_NUMBERED_RE = re.compile(r"^\d{1,2}(?:[.)]\s+|\s+(?=[A-Z]))")
#: A teaser's date or clock time before its headline in a list: "26.03.2025 Kutaisi airport ...", "12:48 Parliament ...".
_LEADING_STAMP_RE = re.compile(rf"^(?:{ANY_DATE}|\d{{1,2}}:\d{{2}})\s*[|·•–—-]?\s*", re.IGNORECASE)
#: A labelled teaser of another story: "BREAKING: ...", "Just in: ...", "LIVE | ...".
_TICKER_LABEL_RE = re.compile(r"^(?:breaking(?: news)?|just in|developing|latest|live|watch|trending)\s*[:|–—-]\s+\S",
                              re.IGNORECASE)


#: Shortest line (in words) checked as a pull quote: shorter lines repeat inside paragraphs by chance.
PULL_QUOTE_MIN_WORDS = 6
_PULL_WORD_RE = re.compile(r"\w+")


def _drop_pull_quotes(lines: list[str], rules: list[str | None]) -> None:
    """A kept line in quotation marks whose words another, longer kept line already holds is a pull quote
    ("“When I said I was retiring ... Nobody came forward.”" set apart from the paragraph that quotes it; words
    compared without punctuation, as pull quotes change a comma to a full stop). Only quotations: a standfirst
    that the first paragraph repeats is the labellers' article text."""
    kept = [i for i, r in enumerate(rules) if r is None]
    pulls = [i for i in kept if lines[i][:1] in "\"“‘'«"]
    if not pulls:
        return
    bare = {i: " " + " ".join(_PULL_WORD_RE.findall(lines[i].lower())) + " " for i in kept}
    for i in pulls:
        if len(bare[i].split()) >= PULL_QUOTE_MIN_WORDS and any(
                j != i and len(bare[j]) > len(bare[i]) and _trimmed_from(bare[i].split(), bare[j].split())
                for j in kept):
            rules[i] = "pull_quote"


#: A pull quote may leave out this many of its source's words ("We were told [in January] this was temporary").
PULL_QUOTE_GAP = 3


def _trimmed_from(words: list[str], longer: list[str]) -> bool:
    """``words`` appear in ``longer`` in order, as one stretch with at most ``PULL_QUOTE_GAP`` words left out."""
    first = words[0]
    for start, word in enumerate(longer):
        if word != first:
            continue
        k, skipped = 1, 0
        for other in longer[start + 1:]:
            if k == len(words) or skipped > PULL_QUOTE_GAP:
                break
            if other == words[k]:
                k += 1
            else:
                skipped += 1
        if k == len(words) and skipped <= PULL_QUOTE_GAP:
            return True
    return False


#: A comment thread's heading, and how many prose paragraphs must come before it (a "Comments (3)" counter under
#: the byline is not the thread).
_COMMENTS_HEADING_RE = re.compile(r"^(?:\d+\s+(?:comments?|responses?)|(?:comments?|responses?)(?:\s\(\d+\))?|"
                                  r"(?:\d+|one) (?:thoughts?|comments?|responses?|replies) on [\"“'‘].+|"
                                  r"discussion about this (?:post|article|story)|join the (?:discussion|conversation))$",
                                  re.IGNORECASE)
COMMENTS_AFTER = 3


#: A line that signs the quotation above it: "- Dr. Louise Chiasson, President, Rural Physicians Association".
#: ``who`` is the name with its title (``quotes`` reads the speaker from it).
SIGNATURE_RE = re.compile(r"^[-–—]\s*(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Hon)\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),"
                          r"\s+\S.{0,120}$")
_QUOTE_END_RE = re.compile(r"[\"”’]\s*$")


#: Longest list kept under its introducing line.
INTRODUCED_LIST_MAX = 20
#: What the general rules call a short or list-like line (never a named rule's boilerplate).
_GENERAL_RULES = frozenset({"short_nonprose", "low_stopword"})
#: Furniture a page sets between the article's paragraphs (a picture's caption, a pull quote, an ad slot).
_INSIDE_BODY_RULES = frozenset({"pull_quote", "photo_credit", "caption_credit", "image_placeholder", "advertisement"})


def _keep_introduced_lists(lines: list[str], rules: list[str | None]) -> None:
    """A list the article introduces with a colon right after one of its paragraphs ("Eagles squad:", "Tri-series
    fixtures (all matches at Wanderers):", then the names and the dates) is the article's, down to the first line a
    named rule removes (a share row, "Latest News"). The general rules take such short lines at the article's edge for
    furniture; a site's "Follow us:" is a named rule's and never starts one."""
    i = 1
    while i < len(lines):
        before = next((rules[k] for k in range(i - 1, -1, -1) if rules[k] not in _INSIDE_BODY_RULES), "")
        if not (rules[i] in _GENERAL_RULES and before is None and lines[i].rstrip().endswith(":")
                and 1 <= len(lines[i].split()) <= 12):
            i += 1
            continue
        run = []
        for k in range(i, min(len(lines), i + 1 + INTRODUCED_LIST_MAX)):
            if rules[k] not in _GENERAL_RULES:
                break
            run.append(k)
        if len(run) >= 2 and (run[-1] + 1 >= len(lines) or rules[run[-1] + 1] is not None):
            for k in run:
                rules[k] = None
        i = run[-1] + 1  # the run holds line i at least


def _keep_quote_signatures(lines: list[str], rules: list[str | None]) -> None:
    """Keep a line signing the kept quotation paragraph just above it (a press release's "“…”" then "- Name, title"):
    it says who spoke, however few function words it has. Only the general context rules are undone."""
    previous = None
    for i, line in enumerate(lines):
        if not line:
            continue
        if (rules[i] in _CONTEXT_RULES and previous is not None and rules[previous] is None
                and _QUOTE_END_RE.search(lines[previous]) and SIGNATURE_RE.match(line)):
            rules[i] = None
        previous = i


def _keep_repeated_subheadings(lines: list[str], tokens: list[list[str]], rules: list[str | None]) -> None:
    """Keep a sub-heading that a site's format repeats in every article ("What we found", "Why it matters"): a
    short repeated line whose neighbours on both sides are kept prose paragraphs is article text, not a menu. A line
    the page sets between paragraphs more than once ("Article content" every few paragraphs) is the site's."""
    framed = [i for i in range(1, len(lines) - 1)
              if (rules[i] == "repeated" and len(lines[i].split()) <= SUBHEADING_MAX_WORDS
                  and rules[i - 1] is None and _is_prose_paragraph(lines[i - 1], tokens[i - 1])
                  and rules[i + 1] is None and _is_prose_paragraph(lines[i + 1], tokens[i + 1]))]
    times = Counter(lines[i] for i in framed)
    for i in framed:
        if times[lines[i]] == 1:
            rules[i] = None


def _keep_prose_of_short_articles(lines: list[str], tokens: list[list[str]], rules: list[str | None],
                                  english: bool) -> None:
    """Never empty an article whose lines read as prose: when the context rules left no body line, the lines
    they removed that read as sentences are kept (named rules, which know boilerplate by its wording, stand)."""
    if any(r is None for r in rules):
        return
    for i, rule in enumerate(rules):
        if rule in _CONTEXT_RULES and reads_as_prose(lines[i], tokens[i], english):
            rules[i] = None


_CLOSING_QUOTE_RE = re.compile(r"^[“\"‘'][^“”\"]{3,}[,.!?][”\"’']\s+\S.{0,60}[.!?]$")


def _closing_quote(line: str) -> bool:
    """A quotation with its reporting clause ("“Sewage doesn’t lie,” Folau said."): a paragraph of the article
    however few function words it has."""
    return _CLOSING_QUOTE_RE.match(line) is not None


def _context_rules(lines: list[str], tokens: list[list[str]], rules: list[str | None], english: bool) -> None:
    """A jusText-style context pass over the lines no named rule took, in place.

    Differs from jusText's ``revise_paragraph_classification`` in two measured ways:
    a near-good line goes only when the nearest non-short lines on *both* sides are
    bad (jusText looks past near-good lines to a 'good' one, so a short article whose
    paragraphs are all under 200 characters lost every line); and short lines are
    judged against those resolved classes, so a short line stays only when prose
    frames it on both sides (a sub-heading) and labels, teasers and widgets at the
    edges go. The document edges count as 'bad'.
    """
    idx = [i for i, r in enumerate(rules) if r is None]
    cls = {i: _context_class(lines[i], tokens[i], english) for i in idx}
    # After the body has begun, a line that reads as a headline (no sentence ending) is judged as short: a
    # sub-heading framed by prose stays, teaser headlines ("Related", "Most read" blocks) after the last
    # paragraph go. Before the first paragraph it is the standfirst and keeps its class.
    first = next((i for i in idx if _is_prose_paragraph(lines[i], tokens[i])), len(lines))
    for i in idx:
        if i > first and cls[i] != "short" and reads_as_headline(lines[i]):
            cls[i] = "short"
    anchors = [i for i in idx if cls[i] != "short"]

    def sides(i: int, classes: dict[int, str]) -> tuple[str, str]:
        k = bisect.bisect_left(anchors, i)  # anchors are sorted: a binary search keeps long articles linear
        prev = classes[anchors[k - 1]] if k > 0 else "bad"
        after = k + 1 if k < len(anchors) and anchors[k] == i else k
        nxt = classes[anchors[after]] if after < len(anchors) else "bad"
        return prev, nxt

    resolved = {i: cls[i] for i in anchors}
    for i in anchors:
        if cls[i] == "neargood":
            resolved[i] = "bad" if sides(i, cls) == ("bad", "bad") else "good"
    # Short sentences right after the body's last paragraph, up to the first line that is no sentence, end the article
    # ("“Sewage doesn’t lie,” Folau said.", "The study was published in the journal Eurosurveillance."): the
    # document's edge after them is no boilerplate, and what a page shows there reads as labels and teasers.
    ending: set[int] = set()
    if english and anchors and resolved[anchors[-1]] == "good":
        last = anchors[-1]
        while last + 1 < len(lines) and rules[last + 1] is None and (
                reads_as_prose(lines[last + 1], tokens[last + 1], english) or _closing_quote(lines[last + 1])):
            last += 1  # right after it, with no other line between: a teaser list further down is not the article's
            ending.add(last)
    for i in idx:
        if cls[i] == "short":
            # a wire dateline alone on its line over the body ("Ankara, April 16 (Anadolu Agency)") is article text
            dateline = _dateline_only(lines[i]) and sides(i, resolved)[1] == "good"
            if sides(i, resolved) != ("good", "good") and i not in ending and not dateline:
                rules[i] = "short_nonprose"
        elif resolved[i] == "bad":
            rules[i] = "low_stopword"


#: The problem note an article gets when the cleaner's guarantee fails for it (notebook 00 checks there is none).
UNACCOUNTED_NOTE = "lines the cleaner neither kept nor removed as written"


def unaccounted_lines(raw: str, text: str, removed: list[tuple[str, str]]) -> list[str]:
    """Lines of an article's cleaned text or removal log that are not lines of its source ([] when all are).

    This is what the cleaner guarantees for every input: it keeps or removes whole source lines (white space
    normalised; a run of hard-wrapped lines is kept joined as one paragraph, see ``unwrap``, and removed line by
    line) and takes at most one line (or one wrapped run) out as the headline, so nothing is added and at most the
    headline is missing. A pure function of one article: the build checks it as
    it extracts each article, not in a notebook's loop over the corpus.
    """
    lines = [normalise_line(line) for line in raw.splitlines()]
    groups = [[lines[k] for k in group] for group in wrap_groups(lines)]
    # a kept line is a source line, or a run of hard-wrapped source lines joined (``unwrap``); removed ones are
    # logged as the source has them
    joined = [(parts[0] if len(parts) == 1 else join_wrapped(parts), len(parts)) for parts in groups]
    units = Counter(unit for unit, _ in joined)
    size = dict(joined)
    kept = Counter(line for line in text.splitlines() if line)
    gone = Counter(normalise_line(line) for _, line in removed)
    problems = sorted(((kept - units) + (gone - Counter(line for line in lines if line))).elements())
    accounted = sum(n * size.get(line, 1) for line, n in kept.items()) + sum(gone.values())
    missing = sum(map(len, groups)) - accounted
    if missing > max(map(len, groups), default=1):  # the headline: one source line, or one wrapped run
        problems.append(f"{missing} source lines neither kept nor removed")
    return problems
