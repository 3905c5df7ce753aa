-- Reporting views: each module publishes the read model the reports module may use (set-based queries over
-- the national data set), so reports never read another module's tables directly. A view belongs to the
-- module named in its prefix comment; changing a base table means keeping its view's columns stable.

-- reference: every unit with its era and province (for roll-ups to today's or the former provinces).
CREATE VIEW rpt_units AS
SELECT u.id AS unit_id, u.code, u.era, u.level, u.province_code, u.name
FROM admin_units u;
--> statement-breakpoint

-- schemes: one row per scheme, its primary activity content (first listed) and primary industry.
CREATE VIEW rpt_schemes AS
SELECT s.id AS scheme_id, s.code, s.title, s.plan_year, s.level, s.kind, s.province_code, s.location_unit_id,
  s.implementer_org_id, s.implementer_name, s.owner_org_id, s.state, s.state_changed_at, s.priority_area,
  s.cost_total, s.state_allowed, s.counterpart, s.start_date, s.end_date, s.value_chain, s.goals,
  s.created_at, s.updated_at,
  (SELECT c.content_code FROM scheme_contents c WHERE c.scheme_id = s.id
    ORDER BY c.sort_order, c.content_code LIMIT 1) AS content_code,
  s.industry_codes[1] AS industry_code
FROM schemes s;
--> statement-breakpoint

-- schemes: what the cost lines promise to produce (read by report.outputs.ts, where each output is defined).
CREATE VIEW rpt_scheme_outputs AS
SELECT l.scheme_id,
  bool_or(l.item_code IN ('demo_model_new', 'demo_model_existing', 'cleaner_production_pilot')) AS has_model,
  coalesce(sum(l.quantity) FILTER (WHERE l.item_code IN ('machinery', 'technology_line')), 0) AS machines,
  coalesce(sum(l.quantity) FILTER (WHERE lower(coalesce(l.unit, '')) IN ('học viên', 'người', 'lượt người')
    AND l.content_code IN ('ND45-1', 'ND45-2')), 0) AS trainees
FROM scheme_cost_lines l
GROUP BY l.scheme_id;
--> statement-breakpoint

-- schemes: the beneficiaries as saved with the scheme.
CREATE VIEW rpt_scheme_beneficiaries AS
SELECT b.scheme_id, b.establishment_id, b.name, b.code, b.province_code
FROM scheme_beneficiaries b;
--> statement-breakpoint

-- plans: a scheme's line in an approved plan and its assignment.
CREATE VIEW rpt_plan_lines AS
SELECT l.scheme_id, l.plan_id, p.plan_year, p.level, l.province_code, l.content_code, l.implementer_org_id,
  l.approved_amount, l.approved_at, l.assigned_amount, l.assigned_at, p.decision_number, p.decision_date
FROM plan_lines l JOIN plans p ON p.id = l.plan_id;
--> statement-breakpoint

-- plans: the envelope movements (budget, approvals, savings, stops), signed.
CREATE VIEW rpt_plan_ledger AS
SELECT e.plan_id, p.plan_year, p.level, p.province_key, e.kind, e.amount, e.scheme_id, e.province_code,
  e.content_code, e.at
FROM plan_ledger e JOIN plans p ON p.id = e.plan_id;
--> statement-breakpoint

-- contracts: one row per contract.
CREATE VIEW rpt_contracts AS
SELECT c.id AS contract_id, c.scheme_id, c.scheme_code, c.scheme_title, c.plan_year, c.level, c.province_code,
  c.implementer_org_id, c.implementer_name, c.number, c.party_a, c.party_b, c.value, c.counterpart_committed,
  c.start_date, c.end_date, c.state, c.phase, c.assigned_at, c.sent_at, c.signed_date, c.liquidated_date,
  c.last_progress, c.updated_at
FROM contracts c;
--> statement-breakpoint

-- contracts: the money ledger; `net` is what left the budget (advances and payments less recoveries).
CREATE VIEW rpt_money AS
SELECT m.contract_id, m.scheme_id, m.kind, m.source, m.amount, m.date,
  CASE WHEN m.kind IN ('advance', 'payment') THEN m.amount WHEN m.kind = 'recovery' THEN -m.amount ELSE 0 END
    AS net
FROM money_entries m;
--> statement-breakpoint

-- contracts: base-level acceptance.
CREATE VIEW rpt_acceptances AS
SELECT a.contract_id, a.scheme_id, a.date, a.accepted_amount
FROM acceptances a;
--> statement-breakpoint

-- contracts: settlement; state-budget part of what was settled.
CREATE VIEW rpt_settlements AS
SELECT s.contract_id, s.scheme_id, s.date, s.returned,
  coalesce((SELECT sum((e->>'settled')::bigint) FROM jsonb_array_elements(s.amounts) e
    WHERE e->>'source' <> 'counterpart'), 0)::bigint AS settled
FROM settlements s;
--> statement-breakpoint

-- contracts: change requests (adjustments, additions, extensions, stops) and their decisions.
CREATE VIEW rpt_changes AS
SELECT r.id AS change_id, r.contract_id, r.scheme_id, r.scheme_code, r.scheme_title, r.level, r.province_code,
  r.kinds, r.reason, r.amount, r.authority, r.state, r.requested_at, r.decided_at, r.decision_number,
  r.released
FROM change_requests r;
--> statement-breakpoint

-- products: certificates of typical products (not the score sheets).
CREATE VIEW rpt_product_certificates AS
SELECT c.id AS certificate_id, c.year, c.province_code, c.level, c.status, c.establishment_id, c.decision_date
FROM product_certificates c;
