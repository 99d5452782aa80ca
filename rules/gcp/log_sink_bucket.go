package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const logStoragePrefix = "storage.googleapis.com/"

func checkLogSinkBucket(p *engine.Pass) {
	buckets := p.ResourcesOfType("google_storage_bucket")
	sinksOf := map[*parser.Resource][]string{}
	var order []*parser.Resource
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
	for _, b := range order {
		rp := b.Body.Get("retention_policy")
		if !p.BodyKnown(b) || setting.Undecided(p, b, "retention_policy", rp) || len(rp.Items()) > 0 {
			continue
		}
		p.Report(b, nil, "%s receives logs from %s but has no retention_policy: the logs can be deleted or overwritten",
			b.Address, strings.Join(sinksOf[b], ", "))
	}
}
