"""L2 logistic regression fitted independently with scikit-learn, to check LeadLift's =PREDICTMODEL.

Usage: python3 logistic.py < request.json > answer.json
The request is {"train": [[0/1 features...], ...], "trainConverted": [...], "test": [[...], ...],
"testConverted": [...], "C": 1.0}; the answer holds the intercept, the weights and the test ROC AUC.
"""

import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

request = json.load(sys.stdin)
model = LogisticRegression(C=request["C"], solver="newton-cholesky", tol=1e-12, max_iter=1000)
model.fit(np.array(request["train"], dtype=float), np.array(request["trainConverted"]))
probabilities = model.predict_proba(np.array(request["test"], dtype=float))[:, 1]
json.dump(
    {
        "intercept": float(model.intercept_[0]),
        "weights": [float(w) for w in model.coef_[0]],
        "auc": float(roc_auc_score(request["testConverted"], probabilities)),
    },
    sys.stdout,
)
