package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coverage15nbRules are the rules the session 15 sample of cfn_nag's test
// templates (services j to z) showed missing.
func coverage15nbRules() []*engine.Rule {
	return []*engine.Rule{{ID: "AWS-320", Check: checkS3PolicyAllActions}}
}

// s3PolicyTypes are the resources that hold a bucket policy: the policy
// resources and the legacy policy argument of aws_s3_bucket.
var s3PolicyTypes = []string{"aws_s3_bucket_policy", "aws_s3_bucket", "AWS::S3::BucketPolicy"}

// s3PolicySources returns the bucket policy documents whose resources are
// known.
func s3PolicySources(p *engine.Pass) []polSource {
	doc := parser.A("policy", "PolicyDocument")
	var out []polSource
	for _, res := range p.KnownManaged(s3PolicyTypes...) {
		if v := doc.Of(res); v != nil {
			out = append(out, polSource{res: res, v: v, attr: "policy"})
		}
	}
	return out
}

// checkS3PolicyAllActions is AWS-320: a bucket policy statement that allows
// "*" or "s3:*", which includes rewriting the policy and the ACLs,
// changing the encryption configuration and deleting the bucket.
func checkS3PolicyAllActions(p *engine.Pass) {
	reportAllActions(p, s3PolicySources(p), "s3", "%s: the bucket policy allows every S3 action (%s), including changing the bucket's policy, ACLs and encryption and deleting its objects")
}

// reportAllActions reports, in each policy document, the first action of
// each Allow statement that is "*" or "<service>:*"; msg takes the
// resource's address and the action.
func reportAllActions(p *engine.Pass, srcs []polSource, service, msg string) {
	for _, src := range srcs {
		for _, st := range polStatements(p, src) {
			if !st.allows() {
				continue
			}
			for _, a := range stringsOf(st.actions) {
				if act := strings.TrimSpace(a.Str); act == "*" || strings.EqualFold(act, service+":*") {
					p.Report(src.res, a, msg, src.res.Address, act)
					break
				}
			}
		}
	}
}
