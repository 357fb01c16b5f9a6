#!/usr/bin/env python3
"""
Script: precommit.py
Purpose: precommit
Usage: python scripts/dev/precommit.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="precommit")
    parser.parse_args()


if __name__ == "__main__":
    main()
