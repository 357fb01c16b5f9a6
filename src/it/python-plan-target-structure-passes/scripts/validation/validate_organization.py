#!/usr/bin/env python3
"""
Script: validate_organization.py
Purpose: validate organization
Usage: python scripts/validation/validate_organization.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="validate organization")
    parser.parse_args()


if __name__ == "__main__":
    main()
