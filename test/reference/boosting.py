"""Gradient-boosted trees fitted independently with scikit-learn, to check LeadLift's boosted =PREDICTMODEL.

Usage: python3 boosting.py < request.json > answer.json
The request is {"kinds": ["number" | "category", ...], "train": [[cell, ...], ...], "trainConverted": [...],
"test": [[...], ...], "testConverted": [...]}, a cell being a number, a text or null (empty). The answer holds the
test ROC AUC of HistGradientBoostingClassifier (categories as categorical features, empty cells as missing) and
its mean test probability.
"""

import json
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

request = json.load(sys.stdin)
kinds = request["kinds"]
rows = request["train"] + request["test"]
columns = []
for j, kind in enumerate(kinds):
    cells = [row[j] for row in rows]
    if kind == "number":
        columns.append([float(c) if isinstance(c, (int, float)) else np.nan for c in cells])
    else:
        # Categories as integer codes, most frequent first; empty cells are missing.
        counts = {}
        for c in cells:
            if c is not None and c != "":
                counts[str(c)] = counts.get(str(c), 0) + 1
        code = {value: k for k, (value, _) in enumerate(sorted(counts.items(), key=lambda kv: -kv[1]))}
        columns.append([float(code[str(c)]) if c is not None and c != "" else np.nan for c in cells])
matrix = np.array(columns, dtype=float).T
train = matrix[: len(request["train"])]
test = matrix[len(request["train"]) :]
model = HistGradientBoostingClassifier(
    categorical_features=np.array([kind == "category" for kind in kinds]), random_state=0
)
model.fit(train, np.array(request["trainConverted"]))
probabilities = model.predict_proba(test)[:, 1]
json.dump(
    {
        "auc": float(roc_auc_score(request["testConverted"], probabilities)),
        "meanProbability": float(np.mean(probabilities)),
    },
    sys.stdout,
)
