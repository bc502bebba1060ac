package org.wagewatch.connectors.feed;

/** A company on a project: construction unit or general contractor. */
public record Party(String creditCode, String name) {}
