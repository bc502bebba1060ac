package org.wagewatch.connectors.feed;

/** Why a record breaks the feed contract; thrown per bad record, so it carries no stack trace. */
final class InvalidRecordException extends Exception {

    InvalidRecordException(String reason) {
        super(reason, null, false, false);
    }

    static InvalidRecordException field(String field, String problem) {
        return new InvalidRecordException("field '" + field + "' " + problem);
    }
}
