#!/usr/bin/env python3
"""
Script: lint.py
Purpose: lint
Usage: python scripts/dev/lint.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="lint")
    parser.parse_args()


if __name__ == "__main__":
    main()
