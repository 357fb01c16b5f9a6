#!/usr/bin/env python3
"""
Script: run_tests.py
Purpose: run tests
Usage: python scripts/test/run_tests.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="run tests")
    parser.parse_args()


if __name__ == "__main__":
    main()
