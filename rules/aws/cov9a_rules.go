package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9aRules are the rules the ninth coverage pass added from
// Checkov's inline Terraform tests.
func coverage9aRules() []*engine.Rule {
	return []*engine.Rule{trailGlobalEventsOff()}
}

// trailGlobalEventsOff reports trails that leave out the events of global
// services (include_global_service_events / IncludeGlobalServiceEvents,
// true by default in both formats); whether the trail covers every region
// is AWS-015's.
func trailGlobalEventsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-270"}, setting.Check{
		Types:   []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"},
		Judge:   setting.MustBeTrue(parser.A("include_global_service_events", "IncludeGlobalServiceEvents"), true),
		Problem: "the trail does not record the events of global services such as IAM and STS",
	})
}

// checkS3OutsidePublicAccessBlocks reports, for AWS-005, the public access
// blocks (aws_s3_bucket_public_access_block) of buckets that are not in the
// scan and that leave one of the four settings off (each is false when not
// written): the block is then the only evidence of the bucket's settings.
// A block in a module instance that declares buckets is left to them, as
// it may name one of them.
func checkS3OutsidePublicAccessBlocks(p *engine.Pass) {
	places := map[string]bool{}
	for _, b := range p.ResourcesOfType(s3TF) {
		places[s3Place(b)] = true
	}
	for _, r := range p.KnownResources("aws_s3_bucket_public_access_block") {
		if r.Data || places[s3Place(r)] || len(p.Referenced(r, "bucket", s3TF)) > 0 {
			continue
		}
		var off []string
		var at *parser.Value
		open := parser.Decided
		for _, s := range s3BlockSettings {
			switch v := r.Body.Get(s.tf); v.Truth(false) {
			case parser.False:
				off = append(off, s.tf)
				if at == nil && !v.IsNull() {
					at = v
				}
			case parser.Maybe:
				if open.Answer != parser.CannotTell {
					open = parser.Unknowable(v, s.tf)
				}
			}
		}
		switch {
		case len(off) > 0:
			p.Report(r, at, "%s: the public access block of a bucket outside the scan leaves %s off", r.Address, strings.Join(off, ", "))
		case open.Answer == parser.CannotTell:
			p.CannotTell(r, open.At, open.Detail)
		}
	}
}
