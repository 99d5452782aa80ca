package gcp

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov3LogYearDays is how long logs stay available for the year of history
// an audit period covers.
const cov3LogYearDays = 365

// cov3LogReceivers returns the buckets of the scan that receive logs, with
// what sends them, in the order found.
func cov3LogReceivers(p *engine.Pass) (order []*parser.Resource, from map[*parser.Resource][]string) {
	from = map[*parser.Resource][]string{}
	add := func(b *parser.Resource, sender string) {
		if _, ok := from[b]; !ok {
			order = append(order, b)
		}
		for _, s := range from[b] {
			if s == sender {
				return
			}
		}
		from[b] = append(from[b], sender)
	}
	byName := func(src *parser.Resource, name string) {
		for _, b := range p.InRoot(src, "google_storage_bucket") {
			if n, ok := b.Body.Get("name").AsString(); ok && n == name && b.Format == src.Format {
				add(b, src.Address)
			}
		}
	}
	for _, sink := range p.ResourcesOfType("google_logging_project_sink", "google_logging_folder_sink",
		"google_logging_organization_sink", "google_logging_billing_account_sink") {
		if s, ok := sink.Body.Get("destination").AsString(); ok {
			if strings.HasPrefix(s, logStoragePrefix) {
				byName(sink, strings.TrimSuffix(strings.TrimPrefix(s, logStoragePrefix), "/"))
			}
			continue
		}
		for _, b := range p.Referenced(sink, "destination", "google_storage_bucket") {
			add(b, sink.Address)
		}
	}
	for _, src := range p.ResourcesOfType("google_storage_bucket") {
		for _, lg := range src.Body.Get("logging").Items() {
			if s, ok := lg.Get("log_bucket").AsString(); ok {
				byName(src, strings.TrimPrefix(s, "b/"))
				continue
			}
			for _, b := range p.Referenced(src, "log_bucket", "google_storage_bucket") {
				add(b, src.Address)
			}
		}
	}
	return order, from
}

// cov3NoncurrentOnly are the lifecycle conditions that limit a rule to
// noncurrent object versions.
var cov3NoncurrentOnly = []string{"num_newer_versions", "days_since_noncurrent_time", "noncurrent_time_before"}

// cov3LogBucketLifecycleReads are the types checkCov3LogBucketLifecycle reads (Rule.Reads).
var cov3LogBucketLifecycleReads = []string{"google_logging_billing_account_sink", "google_logging_folder_sink", "google_logging_organization_sink", "google_logging_project_sink", "google_storage_bucket"}

func checkCov3LogBucketLifecycle(p *engine.Pass) {
	order, from := cov3LogReceivers(p)
	for _, b := range order {
		rules, ok := bucketBlocks(p, b, "lifecycle_rule")
		if !ok {
			continue
		}
		for _, r := range rules {
			if v := cov3DeletesBefore(r, cov3LogYearDays); v.Answer != parser.No {
				p.Judge(b, v, fmt.Sprintf("receives logs from %s but deletes them before a year", strings.Join(from[b], ", ")))
			}
		}
	}
}

// cov3DeletesBefore judges one lifecycle rule: Yes when it deletes live
// objects younger than days.
func cov3DeletesBefore(rule *parser.Value, days int64) parser.Verdict {
	action := rule.Get("action")
	typ := action.Get("type")
	if len(action.Items()) == 1 {
		typ = action.Items()[0].Get("type")
	}
	cond := rule.Get("condition")
	if items := cond.Items(); len(items) == 1 {
		cond = items[0]
	}
	isDelete := parser.OneOf(typ, "action.type", "", "Delete")
	if isDelete.Answer != parser.Yes {
		return isDelete
	}
	checks := []parser.Verdict{isDelete}
	// Rules on noncurrent versions only keep the live logs.
	checks = append(checks, parser.OneOf(cond.Get("with_state"), "condition.with_state", "", "ANY", "LIVE"))
	if parser.Set(cond.Get("with_state")) == parser.No {
		checks[len(checks)-1] = parser.Verdict{Answer: parser.Yes}
	}
	for _, n := range cov3NoncurrentOnly {
		switch parser.Set(cond.Get(n)) {
		case parser.Yes:
			return parser.Decided
		case parser.CannotTell:
			checks = append(checks, parser.Unknowable(cond.Get(n), "condition."+n))
		}
	}
	age := cond.Get("age")
	if parser.Set(age) == parser.No {
		return parser.Decided // deletes by date or other condition: not an age to compare
	}
	// The age first: a finding points at it and names it first.
	return parser.Both(append([]parser.Verdict{parser.Below(age, "condition.age", -1, days)}, checks...)...)
}
