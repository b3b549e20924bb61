"""ROC AUC computed independently with scikit-learn, to check LeadLift's =SCOREAUC on the same scores.

Usage: python3 roc_auc.py < request.json > answer.json
The request is {"scores": [...], "converted": [0 or 1, ...]}; the answer is {"auc": roc_auc_score(converted, scores)}.
"""

import json
import sys

from sklearn.metrics import roc_auc_score

request = json.load(sys.stdin)
json.dump({"auc": float(roc_auc_score(request["converted"], request["scores"]))}, sys.stdout)
