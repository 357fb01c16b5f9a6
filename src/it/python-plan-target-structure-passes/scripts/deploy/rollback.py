#!/usr/bin/env python3
"""
Script: rollback.py
Purpose: rollback
Usage: python scripts/deploy/rollback.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="rollback")
    parser.parse_args()


if __name__ == "__main__":
    main()
