// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc } from "@bufbuild/protobuf/codegenv2";
/**
 * Describes the file cq/types/v1/side.proto.
 */
export const file_cq_types_v1_side = /*@__PURE__*/ fileDesc("ChZjcS90eXBlcy92MS9zaWRlLnByb3RvEgtjcS50eXBlcy52MSo5CgRTaWRlEhQKEFNJREVfVU5TUEVDSUZJRUQQABIMCghTSURFX0JVWRABEg0KCVNJREVfU0VMTBACQqEBCg9jb20uY3EudHlwZXMudjFCCVNpZGVQcm90b1ABWjVnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvdHlwZXMvdjE7dHlwZXN2MaICA0NUWKoCC0NxLlR5cGVzLlYxygILQ3FcVHlwZXNcVjHiAhdDcVxUeXBlc1xWMVxHUEJNZXRhZGF0YeoCDUNxOjpUeXBlczo6VjFiBnByb3RvMw");
/**
 * The direction of an order, a trade or a position change, seen from the account that owns it.
 *
 * @generated from enum cq.types.v1.Side
 */
export var Side;
(function (Side) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SIDE_UNSPECIFIED = 0;
     */
    Side[Side["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Buying the base asset (or going long the instrument).
     *
     * @generated from enum value: SIDE_BUY = 1;
     */
    Side[Side["BUY"] = 1] = "BUY";
    /**
     * Selling the base asset (or going short the instrument).
     *
     * @generated from enum value: SIDE_SELL = 2;
     */
    Side[Side["SELL"] = 2] = "SELL";
})(Side || (Side = {}));
/**
 * Describes the enum cq.types.v1.Side.
 */
export const SideSchema = /*@__PURE__*/ enumDesc(file_cq_types_v1_side, 0);
