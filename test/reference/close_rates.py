"""Close rates computed independently with pandas, to check LeadLift's on a real dataset.

Usage: python3 close_rates.py DATA.csv OUTCOME_COLUMN < request.json > answer.json
The request lists columns to tabulate and (column, criterion) pairs; the answer gives, per column, leads and
conversions per value, and per criterion the leads, conversions and close rate of the matching rows.
Values are grouped as LeadLift documents: trimmed, case ignored, numbers and numeric text as one number, an
empty cell as the value "(blank)". Criteria handled: text (case-insensitive, * wildcard), <>text, (blank), (any),
and one or two comparisons with numbers such as ">=10 <20".
"""

import json
import re
import sys

import pandas as pd

NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def number_of(text):
    text = text.strip()
    return float(text) if NUMBER.match(text) else None


def js_number(value):
    """A float written as JavaScript's String(number) writes it, for the common cases in this data."""
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def key_of(text):
    text = text.strip()
    if text == "":
        return ""
    number = number_of(text)
    return js_number(number) if number is not None else text.lower()


def matcher(criterion):
    text = criterion.strip()
    if text.lower() == "(blank)":
        return lambda cell: cell.strip() == ""
    if text.lower() == "(any)":
        return lambda cell: cell.strip() != ""
    parts = re.findall(r"(>=|<=|>|<)\s*(\S+)", text)
    if parts and not text.startswith("<>") and re.fullmatch(r"((>=|<=|>|<)\s*\S+\s*){1,2}", text):
        tests = {
            ">=": lambda a, b: a >= b,
            "<=": lambda a, b: a <= b,
            ">": lambda a, b: a > b,
            "<": lambda a, b: a < b,
        }

        def compare(cell):
            number = number_of(cell)
            return number is not None and all(tests[op](number, float(bound)) for op, bound in parts)

        return compare
    negated = text.startswith("<>")
    if negated:
        text = text[2:]
    if text.startswith("="):
        text = text[1:]
    if "*" in text:
        pattern = re.compile("^" + ".*".join(re.escape(p) for p in text.lower().split("*")) + "$", re.S)
        found = lambda cell: cell.strip() != "" and bool(pattern.match(cell.strip().lower()))
    else:
        wanted = key_of(text)
        found = lambda cell: key_of(cell) == wanted
    return (lambda cell: not found(cell)) if negated else found


def main():
    path, outcome = sys.argv[1], sys.argv[2]
    request = json.load(sys.stdin)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    converted = frame[outcome].astype(int)
    answer = {"leads": int(len(frame)), "conversions": int(converted.sum()), "columns": {}, "criteria": []}
    for column in request["columns"]:
        keys = frame[column].map(key_of)
        grouped = converted.groupby(keys).agg(["count", "sum"])
        answer["columns"][column] = {
            key: [int(row["count"]), int(row["sum"]), row["sum"] / row["count"]] for key, row in grouped.iterrows()
        }
    for column, criterion in request["criteria"]:
        mask = frame[column].map(matcher(criterion))
        leads = int(mask.sum())
        conversions = int(converted[mask].sum())
        rate = conversions / leads if leads else None
        answer["criteria"].append([column, criterion, leads, conversions, rate])
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
