-- Webhook secrets are stored sealed (AES-256-GCM under a key kept outside the database: VIGIL_SECRET_KEY or
-- <data.dir>/secret.key), which makes them longer than the secrets themselves.
ALTER TABLE webhook ALTER COLUMN secret SET DATA TYPE VARCHAR(400);
