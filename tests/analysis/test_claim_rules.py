"""Claim rules as a table: each row a sentence of our own and the claim it gives (or must not)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a content that opens a quotation runs to its closing mark, though the parse cut it short
    Case(
        'Obama said his critics "seem to think that if he were louder, that would make a difference."',
        holds="his critics",
        kind="reported",
        source="Obama",
        ends_with='make a difference."',
    ),
    Case(
        "The coach told reporters that the loss was “a disaster,” after the game ended.",
        holds="the loss was",
        ends_with="“a disaster,”",
    ),
    Case(
        "His attorney said the baker is a widower with three sons, and a conviction would “end his trade.”",
        holds="a conviction",
        ends_with="“end his trade.”",
    ),
    # "That said, …" is the writer turning, not a statement of anyone's
    Case("That said, the two firms might still merge next year.", no_claim="the two firms"),
    Case("Having said that, the league will review the rule in May.", no_claim="the league will review"),
    # an indirect question under a belief verb believes nothing
    Case("We still do not know what happened to the plane on Saturday.", no_claim="happened to the plane"),
    Case("The engineers could not understand why the bridge had cracked so soon.", no_claim="the bridge"),
    Case(
        "The senator wondered why the state had trademarked the slogan at all.",
        holds="the state had trademarked",
        source="The senator",
    ),
    Case("Most voters think what the mayor did was wrong.", holds="was wrong", kind="belief"),
    # a picture or a recording that "shows" depicts what happened; a poll or a study reports a finding
    Case("Phone footage shows firefighters climbing a ladder to the roof.", no_claim="firefighters climbing"),
    Case("Police released surveillance footage showing the rescue of the girl.", no_claim="the rescue"),
    Case(
        "A new poll shows that most voters oppose the plan.", holds="most voters oppose", source="A new poll"
    ),
    # a participle of belief or estimate with nobody holding it is a hedge, with the words it hedges
    Case(
        "Astronomers observed a distant moon considered a likely home for liquid water.",
        holds="a distant moon considered a likely home",
        kind="hedged",
    ),
    Case(
        "An estimated 25,000 tenants would qualify for the rent rebate.",
        holds="would qualify",
        kind="hedged",
    ),
    Case(
        "The size of the herd has varied and currently is estimated at roughly 3,500.",
        holds="is estimated at roughly 3,500",
        kind="hedged",
    ),
    # a stance's topic after its object belongs to it; a date does not
    Case(
        "The union released a letter expressing hope about reaching a deal.",
        holds="hope about reaching a deal",
        source="The union",
    ),
    Case("The senator criticized the mayor over the delays on Monday.", holds="the mayor over the delays"),
    Case("The coach praised the team on Friday.", holds="the team", ends_with="the team"),
    # a speech verb in an "as" clause reports the clause it hangs on
    Case(
        "As the local paper reported, the mayor had met the developer twice before the vote.",
        holds="the mayor had met the developer",
        kind="reported",
        source="the local paper",
    ),
    Case(
        "The two ministers spoke by phone on Sunday, as the agency reported.",
        holds="spoke by phone",
        source="the agency",
        no_claim="as the agency",
    ),
    Case(
        "As one economist put it, the budget was a wish list with numbers attached.",
        holds="the budget was a wish list",
        source="one economist",
    ),
    Case("She finished the race in March, just as she said she would.", no_claim="finished the race"),
    # a finding "in the polls" anywhere in its sentence is the poll's
    Case(
        "The senator has a commanding lead in the latest state poll.",
        holds="The senator has a commanding lead",
        ends_with="commanding lead",
        source="the latest state poll",
    ),
    Case("The governor announced the plan in a letter to the board.", no_claim="The governor announced"),
    # a stance the writer predicts ("will", "might", "could") is nobody's yet
    Case("Many fans will deplore that decision by the league.", no_claim="that decision"),
    Case("Others might argue that the program failed its students.", no_claim="the program failed"),
    Case("The union did not support the new contract.", holds="the new contract", kind="reported"),
    # "according to X" reports the whole statement it hangs in, wherever the parser hangs it
    Case(
        "One of the guards, according to court records, had worked three double shifts that week.",
        holds="One of the guards, according to court records, had worked three double shifts",
        source="court records",
    ),
    Case(
        "The mayor won 37 percent and her rival won 13 percent, according to the official results.",
        holds="The mayor won 37 percent and her rival won 13 percent",
        ends_with="13 percent",
        source="the official results",
    ),
    Case(
        "According to the report, the firm lost money in every quarter.",
        holds="the firm lost money",
        source="the report",
        no_claim="According",
    ),
    # what the parser hangs on the verb right after an object belongs to the object's content
    Case(
        "She is defending her executive orders to tighten background checks.",
        holds="her executive orders to tighten background checks",
        source="She",
    ),
    Case("The union praised the ruling to protect pensions.", holds="the ruling to protect pensions"),
    Case(
        "The coach questioned the referee's judgment in awarding the penalty.",
        holds="judgment in awarding the penalty",
    ),
    Case(
        "The mayor backed closing the depot, cutting the number of bus routes and selling the land.",
        holds="closing the depot, cutting the number of bus routes and selling the land",
    ),
    Case("He denied taking the money, saying it was a loan.", holds="taking the money", ends_with="money"),
    # a second "that" clause of the same report belongs to it
    Case(
        "Lopez says the entire league is nervous and that she can see how sponsors would be worried.",
        holds="the entire league is nervous and that she can see how sponsors would be worried",
        source="Lopez",
    ),
    # a reported clause whose subject is a gerund ("said [legalizing it could create jobs]")
    Case(
        "The senator said legalizing the drug could create thousands of jobs upstate.",
        holds="legalizing the drug could create thousands of jobs",
        source="The senator",
    ),
    Case("She recalled seeing the mayor at the station.", holds="seeing the mayor at the station"),
    # a clause before a colon is not what the verb after it reports
    Case(
        "Voters have reached a consensus on the issue: by nearly 2-1, they say the tax should be repealed.",
        holds="the tax should be repealed",
        source="they",
        no_claim="reached a consensus",
    ),
    # a teller and addressee set off by commas before the clause they report
    Case(
        "By next year, the firm told investors, its profits will double.",
        holds="its profits will double",
        source="the firm",
    ),
    Case("She told me everything, so we left the hall early.", no_claim="we left the hall"),
    # "said," with a clause whose subject the parser took for an object
    Case(
        "In both years, Tom Baker said, those gifts paid for tables at the charity dinner.",
        holds="those gifts paid for tables",
        source="Tom Baker",
    ),
    # a cue in a relative clause reports on the noun its clause is about
    Case(
        "The review is part of a probe the agency said was still open last month.",
        holds="a probe the agency said was still open",
        source="the agency",
    ),
    Case(
        "He sold the house, which he said was too big for the family.",
        holds="which he said was too big",
        source="he",
    ),
    Case("We asked the experts, who worry that the dam may fail soon.", no_claim="the experts, who"),
    # with an estimator named, it is theirs
    Case(
        "The cost was estimated by the council at 3 million pounds.", holds="The cost", source="the council"
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_rule(analyse, case):
    check(analyse, case)
