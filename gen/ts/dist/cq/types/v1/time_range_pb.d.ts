import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/types/v1/time_range.proto.
 */
export declare const file_cq_types_v1_time_range: GenFile;
/**
 * A half-open interval of time, [start_time, end_time), used for reporting periods and history
 * queries.
 *
 * @generated from message cq.types.v1.TimeRange
 */
export type TimeRange = Message<"cq.types.v1.TimeRange"> & {
    /**
     * Required. The first instant included in the range, in UTC. Example: 2026-11-01T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp start_time = 1;
     */
    startTime?: Timestamp | undefined;
    /**
     * Optional. The first instant after the range, in UTC; must not precede start_time. Unset means
     * "up to now". Example: 2026-11-02T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp end_time = 2;
     */
    endTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.types.v1.TimeRange.
 * Use `create(TimeRangeSchema)` to create a new message.
 */
export declare const TimeRangeSchema: GenMessage<TimeRange>;
