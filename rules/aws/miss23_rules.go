package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageMiss23Rules are the rules added for the misses earlier sessions'
// measurements left (session 23).
func coverageMiss23Rules() []*engine.Rule {
	return []*engine.Rule{
		s3ACLsEnabled(),
		{ID: "AWS-435", Check: checkEndpointServiceOpen, Reads: endpointServiceTypes},
	}
}

// s3ACLsEnabled is AWS-434: object ownership that keeps ACLs in force.
// Buckets created since April 2023 are BucketOwnerEnforced (ACLs off) when
// nothing is said, so only ObjectWriter and BucketOwnerPreferred written
// out are findings.
func s3ACLsEnabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-434"}, setting.Check{
		Types: []string{"aws_s3_bucket_ownership_controls", s3CFN},
		Judge: setting.MustNotBe(parser.A("rule.object_ownership", "OwnershipControls.Rules.ObjectOwnership"),
			"BucketOwnerEnforced", "ObjectWriter", "BucketOwnerPreferred"),
		Problem: "object ownership keeps ACLs enabled, so access can be granted outside IAM and bucket policies",
	})
}
