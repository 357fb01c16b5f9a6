#!/usr/bin/env python3
"""
Script: performance.py
Purpose: performance
Usage: python scripts/test/performance.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="performance")
    parser.parse_args()


if __name__ == "__main__":
    main()
