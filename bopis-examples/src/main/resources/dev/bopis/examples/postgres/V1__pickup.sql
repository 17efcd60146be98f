-- Version 1 of the pickup schema: orders, stock, allocations, the inventory journal and the
-- notification delivery log. Applied once by dev.bopis.examples.postgres.Schema.apply.
-- Quantities are whole units of each SKU's base unit. Identifiers use the "C" collation so that
-- ORDER BY id sorts by code point, as the library's Java comparisons do.

CREATE TABLE pickup_order (
    id          text COLLATE "C" PRIMARY KEY,
    version     bigint      NOT NULL CHECK (version >= 1),
    state       text        NOT NULL,
    store_id    text        NOT NULL,
    -- Earliest time the scheduler must look at the order, rounded up to the microsecond; null
    -- when nothing is pending.
    due_at      timestamptz,
    -- The whole order as written by dev.bopis.examples.json.PickupOrderJson, outbox included.
    snapshot    jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE INDEX pickup_order_due_idx ON pickup_order (due_at, id) WHERE due_at IS NOT NULL;
CREATE INDEX pickup_order_store_state_idx ON pickup_order (store_id, state);

CREATE TABLE stock (
    store_id      text   NOT NULL,
    sku           text   NOT NULL,
    on_hand       bigint NOT NULL CHECK (on_hand >= 0),
    reserved      bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    safety_stock  bigint NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
    PRIMARY KEY (store_id, sku),
    CONSTRAINT stock_reserved_within_on_hand CHECK (reserved <= on_hand)
);

-- The latest allocation of each order; a re-route replaces it once the old one is settled.
CREATE TABLE allocation (
    order_id      text        PRIMARY KEY,
    store_id      text        NOT NULL,
    allocated_at  timestamptz NOT NULL
);

CREATE TABLE allocation_line (
    order_id     text   NOT NULL REFERENCES allocation (order_id) ON DELETE CASCADE,
    sku          text   NOT NULL,
    position     int    NOT NULL,
    allocated    bigint NOT NULL CHECK (allocated > 0),
    collected    bigint NOT NULL DEFAULT 0 CHECK (collected >= 0),
    released     bigint NOT NULL DEFAULT 0 CHECK (released >= 0),
    written_off  bigint NOT NULL DEFAULT 0 CHECK (written_off >= 0),
    PRIMARY KEY (order_id, sku),
    CONSTRAINT allocation_line_settles_at_most_allocated
        CHECK (collected + released + written_off <= allocated)
);

-- Append-only journal of every stock movement, for audits and reconciliation.
CREATE TABLE inventory_movement (
    id              bigserial   PRIMARY KEY,
    store_id        text        NOT NULL,
    sku             text        NOT NULL,
    order_id        text,
    type            text        NOT NULL,
    on_hand_delta   bigint      NOT NULL,
    reserved_delta  bigint      NOT NULL,
    reason          text        NOT NULL,
    recorded_at     timestamptz NOT NULL
);

CREATE INDEX inventory_movement_order_idx ON inventory_movement (order_id) WHERE order_id IS NOT NULL;

-- Deduplication keys of notifications: claimed while a sender sends, then delivered.
CREATE TABLE notification_delivery (
    dedup_key     text        PRIMARY KEY,
    claimed_at    timestamptz NOT NULL,
    delivered_at  timestamptz
);
