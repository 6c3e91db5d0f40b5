-- Conversations, their messages and feedback on answers. Times are ISO-8601 UTC text, written by the application
-- in the same fixed-width form as in the embedded SQLite file, so that both order and read them alike.
CREATE TABLE conversations (
    id         text PRIMARY KEY,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    title      text NOT NULL,
    channel    text NOT NULL DEFAULT 'web',
    owner      text
);
CREATE INDEX conversations_by_owner ON conversations (owner, updated_at);

CREATE TABLE messages (
    id              bigserial PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations (id),
    role            text NOT NULL,
    content         text NOT NULL,
    payload         text,
    created_at      text NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);

CREATE TABLE feedback (
    id              bigserial PRIMARY KEY,
    conversation_id text    NOT NULL,
    turn            integer NOT NULL,
    question        text    NOT NULL,
    answer          text    NOT NULL,
    rating          text    NOT NULL,
    comment         text,
    created_at      text    NOT NULL,
    owner           text    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX feedback_once ON feedback (conversation_id, turn, owner);
