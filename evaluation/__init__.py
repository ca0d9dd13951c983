"""Scorers for the hand-labelled evaluation sets in this folder (money, speakers, cleaning).

Each set was written by a separate labeller, never read while writing the rules; every third item is held
out ("holdout") and scored only at the end. Run ``python -m evaluation.money --split dev`` etc.
"""
