"""Trained models: training, evaluation, saving and loading (skops, never pickle)."""
