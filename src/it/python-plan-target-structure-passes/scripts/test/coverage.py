#!/usr/bin/env python3
"""
Script: coverage.py
Purpose: coverage
Usage: python scripts/test/coverage.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="coverage")
    parser.parse_args()


if __name__ == "__main__":
    main()
