-- schemes: the cost lines as the reports read them (one row per line). Replaces rpt_scheme_outputs, which
-- grouped every cost line of every year before a report could pick its schemes (230 ms of a national report).
DROP VIEW IF EXISTS rpt_scheme_outputs;
--> statement-breakpoint
CREATE VIEW rpt_scheme_cost_lines AS
SELECT l.scheme_id, l.line_no, l.item_code, l.content_code, l.unit, l.quantity, l.total, l.funding_source
FROM scheme_cost_lines l;
