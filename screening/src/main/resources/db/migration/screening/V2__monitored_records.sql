-- Monitored records: a bank's customers, with what screening needs to know about them.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL. Each row also has a screened_record row (monitored = TRUE),
-- which alerts refer to; deleting a monitored record keeps its screened_record row and its alerts.
CREATE TABLE monitored_record (
    record_id  VARCHAR(200) PRIMARY KEY REFERENCES screened_record (record_id),
    name       VARCHAR(1000) NOT NULL,
    type       VARCHAR(20) NOT NULL,
    dob        VARCHAR(10),
    country    VARCHAR(2),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT monitored_record_type_known CHECK (type IN ('PERSON', 'ORGANIZATION', 'VESSEL', 'AIRCRAFT', 'UNKNOWN'))
);
