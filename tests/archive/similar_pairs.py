"""Pairs of claims written for measuring "checked before" (`tui.archive.similar.THRESHOLD`).

SAME: one statement, reworded as another outlet or another speaker would put it. OTHER: a statement
on the same topic, often with the same names, that says something else (a different figure, subject
or event). Run `python -m tests.archive.similar_pairs` for the scores and a threshold sweep.
"""

from __future__ import annotations

SAME = [
    ("Unemployment fell to 3.5 percent last year", "last year unemployment dropped to 3.5 percent"),
    (
        "The city spent 12 million dollars on the new stadium",
        "the new stadium cost the city 12 million dollars",
    ),
    ("Crime in the capital has doubled since 2019", "since 2019 crime has doubled in the capital"),
    ("The minister said the bridge would open in June", "the bridge will open in June"),
    (
        "Vaccines caused a rise in heart attacks among young athletes",
        "a rise in heart attacks among young athletes was caused by vaccines",
    ),
    (
        "Immigrants commit more crimes than native-born citizens",
        "immigrants commit more crimes than citizens who were born here",
    ),
    (
        "The government cut the health budget by 20 percent",
        "the health budget was cut by 20 percent by the government",
    ),
    (
        "Turkey and Russia agreed to coordinate ground operations in Syria",
        "Russia and Turkey have agreed to coordinate their ground operations in Syria",
    ),
    ("the company laid off 4,000 workers in March", "in March the company laid off 4,000 of its workers"),
    ("Wind farms kill millions of birds every year", "millions of birds are killed by wind farms every year"),
    (
        "The new law bans teachers from discussing elections in class",
        "teachers are banned by the new law from discussing elections in class",
    ),
    (
        "Rents climbed to a peak not seen in twenty years",
        "rents are at a peak not seen in twenty years",
    ),
    ("The mayor never voted for the tax increase", "the mayor did not once vote for the tax increase"),
    (
        "Exports to China rose by 8 percent in the first quarter",
        "in the first quarter exports to China rose 8 percent",
    ),
    (
        "Most of the stolen ballots were found in the river",
        "the stolen ballots were mostly found in the river",
    ),
]

OTHER = [
    ("Unemployment fell to 3.5 percent last year", "unemployment rose to 5 percent last year"),
    (
        "The city spent 12 million dollars on the new stadium",
        "the city spent 3 million dollars on the old library",
    ),
    ("Crime in the capital has doubled since 2019", "tourism in the capital has recovered since 2019"),
    ("The minister said the bridge would open in June", "the minister said the hospital would close in June"),
    (
        "Vaccines caused a rise in heart attacks among young athletes",
        "young athletes train harder than ever before the season",
    ),
    (
        "Immigrants commit more crimes than native-born citizens",
        "citizens voted against the new immigration law",
    ),
    (
        "The government cut the health budget by 20 percent",
        "the government raised the defence budget by 2 percent",
    ),
    (
        "Turkey and Russia agreed to coordinate ground operations in Syria",
        "Turkey and Iran discussed refugees returning to Syria",
    ),
    ("the company laid off 4,000 workers in March", "the company hired 4,000 workers in March"),
    ("Wind farms kill millions of birds every year", "wind farms produce a fifth of the country's power"),
    ("The new law bans teachers from discussing elections in class", "the new law gives teachers a pay rise"),
    ("Inflation reached its highest level in forty years", "wages reached their lowest level in forty years"),
    ("The mayor never voted for the tax increase", "the mayor proposed a tax cut for small businesses"),
    (
        "Exports to China rose by 8 percent in the first quarter",
        "imports from China fell in the first quarter",
    ),
    ("Most of the stolen ballots were found in the river", "the ballots were counted twice in the city hall"),
    (
        "Russia and Turkey will continue to coordinate their steps on the ground",
        "Russia will continue active work with colleagues from Iran",
    ),
]


def sweep() -> None:
    from tui.archive.similar import THRESHOLD, similarity

    same = [similarity(a, b) for a, b in SAME]
    other = [similarity(a, b) for a, b in OTHER]
    print(f"SAME   min {min(same):.2f}  scores {' '.join(f'{s:.2f}' for s in sorted(same))}")
    print(f"OTHER  max {max(other):.2f}  scores {' '.join(f'{s:.2f}' for s in sorted(other))}")
    for t in [x / 20 for x in range(4, 17)]:
        tp = sum(s >= t for s in same)
        fp = sum(s >= t for s in other)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / len(same)
        mark = " <- THRESHOLD" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"threshold {t:.2f}: precision {precision:.2f} recall {recall:.2f}{mark}")


if __name__ == "__main__":
    sweep()
