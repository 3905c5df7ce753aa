export { citationText, computeSupport, pickRuleSet, type RuleSetRecord } from './rules.engine.ts';
export { rulesRoutes } from './rules.routes.ts';
export { seedRules } from './rules.seed.ts';
export { advanceRulesFor, compute, loadRuleSets } from './rules.service.ts';
