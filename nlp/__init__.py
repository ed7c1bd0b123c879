"""SEND law: sections, faults, the plan checker and decision analysis. Knows nothing of file formats."""
