-- The bots' delivery state, shared so that exactly one instance answers a delivery: a key (Slack event id, WeCom
-- MsgId) is claimed by inserting it; a retry sent to another instance finds it taken. Rows older than the dedupe
-- window are deleted as new ones come in.
CREATE TABLE bot_deliveries (
    delivery_key text PRIMARY KEY,
    seen_at      text NOT NULL
);
CREATE INDEX bot_deliveries_by_age ON bot_deliveries (seen_at);

-- Which conversation a chat place (a Slack thread, a WeCom member) continues: kept here so that any instance, and an
-- instance after a restart, follows up on the earlier turns.
CREATE TABLE bot_places (
    place           text PRIMARY KEY,
    conversation_id text NOT NULL,
    updated_at      text NOT NULL
);
