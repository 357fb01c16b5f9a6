#!/usr/bin/env python3
"""
Script: cleanup.py
Purpose: cleanup
Usage: python scripts/maintenance/cleanup.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="cleanup")
    parser.parse_args()


if __name__ == "__main__":
    main()
