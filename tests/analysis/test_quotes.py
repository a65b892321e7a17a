"""Quotes and their speaker spans, on short articles written for these tests."""

from __future__ import annotations

import pytest


def speaker_text(a, q) -> str | None:
    return None if q.speaker_span is None else a.text[q.speaker_span[0] : q.speaker_span[1]]


def only_quote(a):
    assert len(a.quotes) == 1, [q.text for q in a.quotes]
    return a.quotes[0]


def test_speaker_after_quote(analyse):
    a = analyse("Port reopens\n\n“The harbour will reopen on Monday,” Harbour Master Lena Voss said.\n")
    q = only_quote(a)
    assert speaker_text(a, q) == "Lena Voss"
    assert q.cue == "said"


def test_speaker_before_quote_with_colon(analyse):
    a = analyse("Port reopens\n\nHarbour Master Lena Voss said: “The harbour will reopen on Monday.”\n")
    assert speaker_text(a, only_quote(a)) == "Lena Voss"


def test_colon_across_a_paragraph_break(analyse):
    text = "Port reopens\n\nLena Voss spoke to reporters. She said:\n\n“The harbour will reopen on Monday and the ferries will run again.”\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "She"


def test_split_quote_is_two_quotes_with_the_speaker_between(analyse):
    text = "Port reopens\n\n“The harbour will reopen,” she said, “but only for small boats.”\n"
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“The harbour will reopen,”", "“but only for small boats.”"]
    assert [speaker_text(a, q) for q in a.quotes] == ["she", "she"]


def test_split_quote_over_two_sentences(analyse):
    text = (
        "Port reopens\n\n"
        "“The harbour will reopen on Monday,” Lena Voss said. “Small boats go first, then the ferries.”\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == [
        "“The harbour will reopen on Monday,”",
        "“Small boats go first, then the ferries.”",
    ]
    assert [speaker_text(a, q) for q in a.quotes] == ["Lena Voss", "Lena Voss"]


def test_quotation_run_through_narration_ends_at_its_closing_mark(analyse):
    text = (
        "Port reopens\n\n"
        "“This is a good day for our town,” Mayor Lena Voss told reporters outside the harbour office "
        "on Monday, a week after the storm. “We are finally open.”\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“This is a good day for our town,”", "“We are finally open.”"]
    assert all(q.speaker_name == "Lena Voss" for q in a.quotes)
    assert all("told reporters" not in q.text for q in a.quotes)


def test_next_quote_with_its_own_speaker_is_not_merged(analyse):
    text = (
        "Port reopens\n\n"
        "“The harbour will reopen on Monday,” Lena Voss said. “We have not been told anything,” said fisherman Tom Reilly.\n"
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["Lena Voss", "Tom Reilly"]


def test_inverted_said_with_apposition(analyse):
    text = (
        "Port reopens\n\n"
        "“If the dredging is not finished, the ferries will wait,” said Tom Reilly, a fisherman who has worked the harbour for years.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Tom Reilly"


def test_long_title_before_the_name(analyse):
    text = "Port reopens\n\n“We will keep the gates shut until the storm passes,” Dunmore port Chief Lena Voss said Monday.\n"
    a = analyse(text)
    assert "Voss" in speaker_text(a, only_quote(a))


def test_description_speaker_keeps_its_phrase(analyse):
    text = "Port reopens\n\n“The gates will stay shut until the storm passes,” a spokesman for the port authority said.\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)).startswith("a spokesman")


def test_a_possessive_before_the_speaker_is_its_owner_not_the_speaker(analyse):
    """ "his lawyer said": the quote is the lawyer's, not the client's ("his" resolved to him)."""
    text = "Threat case\n\nTom Reilly was charged on Monday. “My client is innocent,” his lawyer said.\n"
    a = analyse(text)
    q = only_quote(a)
    assert speaker_text(a, q) == "his lawyer" and q.speaker_name != "Tom Reilly"


def test_a_possessive_description_with_the_name_after_it_names_the_speaker(analyse):
    text = (
        "Ferry contract\n\nBlue Tern Ferries criticised the delay. “Every week we wait, the old boats "
        "get older,” its chief executive, Tom Lindqvist, told reporters.\n"
    )
    a = analyse(text)
    assert only_quote(a).speaker_name == "Tom Lindqvist"


def test_dash_names_the_speaker(analyse):
    text = "What readers think\n\n“The ferry is always late and nobody ever says sorry.” ― Ana Ortiz\n“I like the new timetable a lot.” ― Tom Reilly\n"
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["Ana Ortiz", "Tom Reilly"]


def test_short_phrase_that_is_what_is_attributed(analyse):
    text = "Mayor on the protest\n\nMayor Lena Voss called the protesters “paid agitators” on Tuesday.\n"
    a = analyse(text)
    q = only_quote(a)
    assert q.text == "“paid agitators”"
    assert speaker_text(a, q) == "Lena Voss"


def test_scare_quote_inside_reported_speech_is_not_a_quote(analyse):
    text = "Talks end\n\nThe two ministers expressed a joint will to clear all “terrorist” groups from the border area.\n"
    assert analyse(text).quotes == []


def test_according_to(analyse):
    text = "Port reopens\n\n“The harbour is safe again and the boats can go out,” according to Lena Voss.\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Lena Voss"


def test_subject_of_relative_clause_is_its_noun(analyse):
    text = "Port reopens\n\nTom Reilly, who has fished here for years, said: “The harbour was never this quiet before.”\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Tom Reilly"


@pytest.mark.parametrize("quote", ["“Are you coming?”", "“No way!”"])
def test_short_utterance_followed_by_said(analyse, quote):
    text = f"At the dock\n\n{quote} she said, and the boat left without him.\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "she"


def test_quote_after_a_colon_takes_the_sentence_subject(analyse):
    text = "Port reopens\n\nThe harbour board put it plainly: “Closed until spring.”\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "The harbour board"


def test_said_in_the_next_sentence_without_content_is_the_cue(analyse):
    text = (
        "At the dock\n\n“Are you coming with us?” Tom asked, but the boat was already leaving the harbour.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Tom"


def test_next_sentence_with_its_own_report_is_not_the_cue(analyse):
    text = (
        "Port reopens\n\n"
        "The harbour has been shut since May. “The gates are rusted through and the cranes do not work.” "
        "Lena Voss said the repairs would cost millions.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) is None


def test_titles_and_headings_in_marks_are_not_quotes(analyse):
    text = (
        "Port reopens\n\n"
        "Lena Voss told NBC’s “Morning Report” that the harbour would reopen on Monday.\n\n"
        "‘A Harbour Reborn.’\n\n"
        "The works took two years.\n"
    )
    assert analyse(text).quotes == []


def test_single_line_breaks_separate_paragraphs_after_a_sentence_end(analyse):
    text = (
        "Readers write\n\n"
        "“The ferry is always late,” said Ana Ortiz. “Nobody ever says sorry.\n"
        "“I like the new timetable,” said Tom Reilly.\n"
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["Ana Ortiz", "Ana Ortiz", "Tom Reilly"]


def test_embedded_post_is_a_quote_of_its_author(analyse):
    text = (
        "Ferry row\n\n"
        "Many readers replied online.\n\n"
        "The new ferry timetable is a joke and nobody asked the islanders pic.twitter.com/AbCdEf12\n\n"
        "— Ana Ortiz 🌊 (@anaortiz) November 3, 2019\n\n"
        "The company did not answer.\n"
    )
    a = analyse(text)
    q = only_quote(a)
    assert q.text == "The new ferry timetable is a joke and nobody asked the islanders"
    assert speaker_text(a, q) == "Ana Ortiz"


def test_quotation_inside_an_embedded_post_is_part_of_the_post(analyse):
    text = (
        "Ferry row\n\n"
        "While they call it “a fresh start” the boats are still late https://t.co/XyZ123\n\n"
        "— Tom Reilly (@treilly) November 4, 2019\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["While they call it “a fresh start” the boats are still late"]


def test_short_quotation_inside_reported_speech_is_a_quote_of_its_source(analyse):
    text = (
        "Court hears plea\n\n"
        "Defence lawyer Ana Ortiz said a prison term would “wreck his career” and that her client would appeal.\n"
    )
    a = analyse(text)
    q = only_quote(a)
    assert q.text == "“wreck his career”"
    assert a.quotes[0].speaker_name == "Ana Ortiz"


def test_show_names_and_titles_in_marks_are_not_quotes(analyse):
    text = (
        "Ferry row\n\n"
        "Speaking Tuesday on Harbour Radio’s “Morning Tide,” Lena Voss said the ferry would run again.\n\n"
        "“We owe it to the islanders,” Voss said on the podcast “Island Matters.”\n\n"
        "After the band played “Sailing Home Again Tonight,” the crowd cheered.\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“We owe it to the islanders,”"]


def test_labels_and_coined_terms_in_marks_are_not_quotes(analyse):
    text = (
        "Ferry row\n\n"
        "The council's viral “Ferry. We're on it.” poster campaign drew mockery online.\n\n"
        "When the salt gets into the engine, the fault is called “brine lock.”\n"
    )
    assert analyse(text).quotes == []


def test_quotation_in_a_headline_is_not_a_quote(analyse):
    text = (
        "Voss: ‘The Ferry Will Run Again.’\n\n"
        "“The ferry will run again by spring,” Harbour Master Lena Voss said on Monday.\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“The ferry will run again by spring,”"]


def test_name_before_a_colon_after_a_dash_is_the_speaker(analyse):
    text = (
        "Poll digest\n\n"
        "Ferry polls agree - Lena Voss: “Most islanders want the boats back by spring.” [Harbour News.]\n\n"
        "Why the polls moved -More from Voss and Reilly: “The ferry was the only issue that mattered.”\n"
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["Lena Voss", "Reilly"]


def test_verb_on_the_next_line_is_not_the_cue_of_a_quote_that_ends_its_paragraph(analyse):
    text = (
        "Council vote\n\n"
        "Tom Reilly disagreed.\n"
        "“The harbour must stay open,” he said. “Closing it would cost the town its ferry and its fishing fleet.”\n"
        "Ana Ortiz said that the council would vote again in May.\n"
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["he", "he"]


def test_speaker_with_a_long_description_before_the_verb(analyse):
    text = (
        "Ferry plan\n\n"
        '"Renting seats on private ferries lets the council carry more people, faster and at lower cost," '
        "Harbour Lines' Lena Voss, deputy associate director for island transport in the planning office, "
        "said in the statement.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Lena Voss"


def test_fragment_at_the_end_of_reported_speech_is_a_quote(analyse):
    text = "Port row\n\nThe harbour office described the claims as “patently false,” and said the gates would open.\n"
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“patently false,”"]


def test_scare_quote_inside_a_running_noun_phrase_of_reported_speech_is_not_a_quote(analyse):
    text = (
        "Troops leave\n\n"
        "Mayor Ana Ortiz said last week that the town had reached its goal with the “defeat” of the flood.\n"
    )
    assert analyse(text).quotes == []


def test_verb_that_opens_the_quotation_beats_a_later_one(analyse):
    # a quotation reported by someone else: the one who said it is the subject of the verb before it
    text = (
        "Threat case\n\n"
        "During the call, the caller asked for the mayor and said, “somebody ought to stop her for good,” "
        "the prosecutor’s office said.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "the caller"


def test_participle_after_an_object_speaks_for_the_subject(analyse):
    text = "Campaign mail\n\nThe Ohio governor texted donors saying: “The fight goes on.”\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "The Ohio governor"


def test_participle_after_a_shown_person_is_that_person(analyse):
    text = "Campaign video\n\nOne campaign video shows a row of farmers saying, “We are on it every day.”\n"
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) in ("a row of farmers", "farmers", "a row")


def test_a_verb_with_back_is_a_reply(analyse):
    text = (
        "Debate night\n\n"
        "After the governor criticised her record, Mayor Lena Voss shot back, “I could have stayed home and baked.”\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Lena Voss"


def test_a_short_sentence_with_a_speech_verb_announces_the_next_quotation(analyse):
    text = (
        "Poll results\n\n"
        "“The race is wide open,” said Tom Reilly, a pollster.\n\n"
        "Harbour College's Lena Voss agreed. “Nobody is running away with it this year.”\n"
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["Tom Reilly", "Lena Voss"]


def test_a_sentence_of_another_verb_announces_nothing(analyse):
    text = (
        "Poll results\n\n"
        "“The race is wide open,” said Tom Reilly, a pollster.\n\n"
        "Lena Voss left the room. “Nobody is running away with it this year.”\n"
    )
    a = analyse(text)
    assert a.quotes[1].cue is None and speaker_text(a, a.quotes[1]) != "Lena Voss"


def test_as_someone_put_it(analyse):
    text = (
        "Pop news\n\n"
        "But at the time, as prosecutor Marc Trevidic put it, “apart from the wrong crowd and some jogging, "
        "there was nothing.”\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Marc Trevidic"


@pytest.mark.parametrize(
    "lead, speaker",
    [
        ("This is how the night went, in the words of the nurse:", "the nurse"),
        ("The summit came to Jerusalem because, in Forbes’ words,", "Forbes"),
    ],
)
def test_in_the_words_of(analyse, lead, speaker):
    a = analyse(f"Health story\n\n{lead} “I could not sit or sleep for more than an hour at a time.”\n")
    assert speaker_text(a, only_quote(a)) == speaker


def test_names_before_colons_in_one_paragraph_are_the_speakers(analyse):
    text = (
        "Fact check\n\n"
        "The two disagree. Lena Voss: “Our goal is to open the harbour in May.” "
        "Tom Reilly: “The harbour cannot open before the autumn.”\n"
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["Lena Voss", "Tom Reilly"]


def test_dash_line_after_the_quotation_names_the_speaker(analyse):
    text = (
        "Fact check\n\n"
        "“The ferry company pays no tax at all and never has.”\n\n"
        "- Lena Voss.\n\n"
        "This is a complex issue, and the figures need care.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "Lena Voss"


@pytest.mark.parametrize(
    "tag, speaker",
    [
        ("an angry Lena Voss retaliated.", "Lena Voss"),
        ("remembered Tom Reilly, the ferry company's former spokesman.", "Tom Reilly"),
        ("Tom Reilly went on, as if he had not heard.", "Tom Reilly"),
    ],
)
def test_a_tag_after_a_comma_names_the_speaker_whatever_its_verb(analyse, tag, speaker):
    a = analyse(f"Harbour row\n\n“The harbour will always be the harbour,” {tag}\n")
    q = only_quote(a)
    assert speaker_text(a, q) == speaker


def test_a_sentence_after_a_full_stop_is_no_tag(analyse):
    a = analyse("Harbour row\n\n“The harbour will always be the harbour.” Tom Reilly left the room.\n")
    assert only_quote(a).cue is None


def test_a_participle_before_the_name_is_part_of_the_description(analyse):
    text = "Debate night\n\n“I am not going to call it a mistake,” said retired surgeon Ben Carson, asked about it.\n"
    assert speaker_text(analyse(text), only_quote(analyse(text))) == "Ben Carson"


def test_a_single_marked_phrase_alone_on_its_line_is_a_heading(analyse):
    text = (
        "Ferry news\n\n"
        "The harbour master has run the port for ten years.\n\n"
        "'A change of course.'\n\n"
        "She was replaced in the spring. 'It was over for me,' she said.\n\n"
        "– ‘Who pays for it?’ –.\n\n"
        "The ferry will run again.\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["'It was over for me,'"]


def test_a_name_given_by_a_participle_is_no_quote(analyse):
    text = (
        "Harbour theatre\n\n"
        "A troupe is staging a comedy called “Sons of the Harbour,” in the old customs house.\n\n"
        "The mayor wrote a column entitled, “Why the Ferry Must Run.”\n\n"
        "She called the plan “a gift to the island.”\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“a gift to the island.”"]


def test_a_show_after_told_or_a_possessive_is_no_quote(analyse):
    text = (
        "Harbour award\n\n"
        "“The ferry must run,” Lena Voss told “Good Morning Harbour” on Monday.\n\n"
        "The magazine named the captain its “Sailor of the Year” for 2020.\n"
    )
    a = analyse(text)
    assert [q.text for q in a.quotes] == ["“The ferry must run,”"]
    assert speaker_text(a, a.quotes[0]) == "Lena Voss"


def test_a_relative_pronoun_subject_stands_for_the_noun_before_it(nlp):
    from tests.analysis.handparsed import parsed
    from tui.analysis.quote_speakers import _antecedent

    # the parser's error on a long sentence: "said" hangs on "who", not on "official"
    doc = parsed(
        nlp,
        [
            ("an", "DT", "DET", "det", 1),
            ("official", "NN", "NOUN", "nsubj", 4),
            ("who", "WP", "PRON", "nsubj", 4),
            ("spoke", "VBD", "VERB", "amod", 4),
            ("said", "VBD", "VERB", "ROOT", 4),
        ],
    )
    assert _antecedent(doc[2]).text == "official"
    assert _antecedent(doc[1]).text == "official"


def test_a_phrase_after_the_quotation_that_a_preposition_opens_names_no_speaker(analyse):
    text = (
        "Storm night\n\n"
        "Lena Voss saw the waves reach the pier.\n\n"
        '"People were dancing" before the storm, she said. "And then the sea came in."\n'
    )
    a = analyse(text)
    assert [speaker_text(a, q) for q in a.quotes] == ["she", "she"]


def test_a_speech_verb_tagged_as_a_noun_still_ends_the_tag(analyse):
    text = (
        "Flood visit\n\n"
        "The editors aimed their Friday editorial at the mayor.\n\n"
        "“If he hopes to lead the province, the mayor must behave like a leader and visit the valley,” "
        "the editorial read.\n"
    )
    a = analyse(text)
    q = only_quote(a)
    assert speaker_text(a, q) == "editorial"
    assert q.cue == "read"


def test_the_subject_of_the_next_sentence_is_not_the_speaker(analyse):
    text = (
        "Flood visit\n\n"
        "The editors of the Courier aimed their Friday editorial at the mayor.\n\n"
        "“If he hopes to lead the province, the mayor must behave like a leader and visit the valley,” "
        "the editorial read.\n\n"
        "The newspaper said that the damage was extensive.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "editorial"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Voss said the change was ordered by the harbour board and said, “Who will you believe on safety?”",
            "Voss",
        ),
        (
            "Roe said the situation of the port reminds him of a book, explaining, "
            "“because what could have been was lost.”",
            "Roe",
        ),
    ],
)
def test_a_thing_reported_on_does_not_speak_the_reporters_words(analyse, text, speaker):
    a = analyse("Harbour talks\n\n" + text + "\n")
    assert speaker_text(a, only_quote(a)) == speaker


def test_the_verbs_own_subject_after_a_comma_in_the_tag_is_the_speaker(analyse):
    text = (
        "Harbour talks\n\n"
        '"We have hired strong teams at every dock and we are confident about our chances" there and '
        "in docks that open in April, the memo stated.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "the memo"


def test_a_verb_in_a_clause_of_time_after_the_quotation_is_not_its_tag(analyse):
    text = (
        "Harbour debate\n\n"
        "The advert closes with a clip of Voss saying at the forum on Monday, “That is just good business,” "
        "when Roe attacked him for skipping the harbour fee.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)).endswith("Voss")


def test_a_judgement_verb_introduces_the_phrase_it_quotes(analyse):
    text = (
        "Harbour deal\n\n"
        'In a post at the time she described this as the "worst case scenario" and accused him of '
        'years of "incessant bullying".\n'
    )
    a = analyse(text)
    assert [(q.text, speaker_text(a, q)) for q in a.quotes] == [
        ('"worst case scenario"', "she"),
        ('"incessant bullying"', "she"),
    ]


def test_a_tag_after_a_clause_of_time_still_names_the_speaker(analyse):
    text = (
        "Harbour talks\n\n"
        'The mayor refused to say more. "I prefer to hear from the board first" before discussing the '
        "figures, she said.\n"
    )
    a = analyse(text)
    assert speaker_text(a, only_quote(a)) == "she"


def test_a_short_phrase_run_through_by_its_sentence_is_no_quote(analyse):
    text = (
        "Ferry news\n\nAcross the harbour, “shouting from the rooftops” for the new ferry, is Tom Reilly, "
        "a retired pilot and “child of the old docks” who left his job in May.\n"
    )
    assert analyse(text).quotes == []


def test_a_short_sentence_quoted_with_its_verb_inside_a_sentence_stays(analyse):
    text = "Ferry news\n\nThe harbour master said the ferry “will run again on Monday” after the repairs.\n"
    assert [q.text for q in analyse(text).quotes] == ["“will run again on Monday”"]


def test_a_quotation_closing_a_markup_attribute_is_no_quote(analyse):
    text = 'Ferry news\n\n<post post-author="@harbour" post-date="May 2, 2020\n">The ferry runs again today and every day.</post>\n'
    assert analyse(text).quotes == []


def test_speaker_the_parser_hung_on_the_phrase_before_it(analyse):
    """The name after "a call with reporters," is parsed as their apposition: the verb has no subject."""
    a = analyse(
        "Raid\n\nBut in a call with reporters, Col. Ann Reed, a spokeswoman in Cairo, said, “I mean, a raid "
        "is a raid.”\n"
    )
    assert "Ann Reed" in speaker_text(a, only_quote(a))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the parser can read "signals" as a noun and hang the quotation inside the first subject;
        # the words cannot be spoken by the phrase that holds them, so the name after the verb speaks
        (
            "The sale of the ferry signals “the end of an era”, said Tom Reilly, who has run the "
            "harbour cafe for 30 years.",
            "Tom Reilly",
        ),
        # a quotation inside a clause on the subject is the subject's own
        (
            "Reilly, who reckons the repairs were “in the six figures,” described the sale as a relief.",
            "Reilly",
        ),
        # a described speaker with a name beside it speaks as that name
        (
            "In a letter to residents, the council's director of highways, Mark Jenkinson, said "
            "contractors had found “unexpected ground conditions” near the river.",
            "Mark Jenkinson",
        ),
    ],
)
def test_the_speaker_is_the_one_the_sentence_names(analyse, sentence, speaker):
    a = analyse(f"Ferry sold\n\n{sentence}\n")
    assert [speaker_text(a, q) for q in a.quotes] == [speaker]
