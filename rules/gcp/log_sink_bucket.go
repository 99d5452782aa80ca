package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const logStoragePrefix = "storage.googleapis.com/"

// logSinkBuckets returns the Cloud Storage buckets that log sinks write
// to, in the order found, each with the addresses of its sinks: by the
// sink's destination (storage.googleapis.com/NAME) among the buckets of the
// same root, or by reference when the destination is not known.
func logSinkBuckets(p *engine.Pass) (order []*parser.Resource, sinksOf map[*parser.Resource][]string) {
	buckets := p.ResourcesOfType("google_storage_bucket")
	sinksOf = map[*parser.Resource][]string{}
	add := func(b, sink *parser.Resource) {
		if _, ok := sinksOf[b]; !ok {
			order = append(order, b)
		}
		for _, s := range sinksOf[b] {
			if s == sink.Address {
				return
			}
		}
		sinksOf[b] = append(sinksOf[b], sink.Address)
	}
	for _, sink := range p.ResourcesOfType("google_logging_project_sink", "google_logging_folder_sink",
		"google_logging_organization_sink", "google_logging_billing_account_sink") {
		dest := sink.Body.Get("destination")
		if s, ok := dest.AsString(); ok {
			if !strings.HasPrefix(s, logStoragePrefix) {
				continue
			}
			name := strings.TrimSuffix(strings.TrimPrefix(s, logStoragePrefix), "/")
			for _, b := range buckets {
				if n, ok := b.Body.Get("name").AsString(); ok && n == name && b.Root == sink.Root && b.Format == sink.Format {
					add(b, sink)
				}
			}
			continue
		}
		// An unknown destination that refers to a bucket.
		for _, b := range p.Referenced(sink, "destination", "google_storage_bucket") {
			add(b, sink)
		}
	}
	return order, sinksOf
}

// logSinkBucketReads are the types checkLogSinkBucket reads (Rule.Reads).
var logSinkBucketReads = []string{"google_logging_billing_account_sink", "google_logging_folder_sink", "google_logging_organization_sink", "google_logging_project_sink", "google_storage_bucket"}

func checkLogSinkBucket(p *engine.Pass) {
	order, sinksOf := logSinkBuckets(p)
	for _, b := range order {
		rp := b.Body.Get("retention_policy")
		if !p.BodyKnown(b) || setting.Undecided(p, b, "retention_policy", rp) || len(rp.Items()) > 0 {
			continue
		}
		p.Report(b, nil, "%s receives logs from %s but has no retention_policy: the logs can be deleted or overwritten",
			b.Address, strings.Join(sinksOf[b], ", "))
	}
}

// logSinkBucketUnlockedReads are the types checkLogSinkBucketUnlocked reads (Rule.Reads).
var logSinkBucketUnlockedReads = []string{"google_logging_billing_account_sink", "google_logging_folder_sink", "google_logging_organization_sink", "google_logging_project_sink", "google_storage_bucket"}

// checkLogSinkBucketUnlocked is GCP-173: a bucket that log sinks write to
// has a retention policy that is not locked, so whoever may update the
// bucket can shorten or remove it and then delete the logs. A bucket
// without a retention policy is GCP-011's.
func checkLogSinkBucketUnlocked(p *engine.Pass) {
	order, sinksOf := logSinkBuckets(p)
	for _, b := range order {
		policies, ok := bucketBlocks(p, b, "retention_policy")
		if !ok {
			continue
		}
		for _, policy := range policies {
			v := parser.NotTrue(policy.Get("is_locked"), "retention_policy.is_locked", false)
			if v.At == nil {
				v.At = policy
			}
			p.Judge(b, v, "it receives logs from "+strings.Join(sinksOf[b], ", ")+", but its retention policy is not locked: it can be shortened or removed and the logs deleted")
		}
	}
}

// bucketBlocks returns the instances of the nested block attr of bucket b,
// and false when b cannot be judged: its body is not known, or the block
// cannot be told (then with a note).
func bucketBlocks(p *engine.Pass, b *parser.Resource, attr string) ([]*parser.Value, bool) {
	if !p.BodyKnown(b) {
		return nil, false
	}
	items, unknown := setting.Blocks(b.Body.Get(attr))
	if unknown != nil {
		p.CannotTell(b, unknown, parser.Unknowable(unknown, attr).Detail)
		return nil, false
	}
	return items, true
}
