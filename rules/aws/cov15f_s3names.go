package aws

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/cloudformation"
)

// A CloudFormation bucket policy may name its bucket by the bucket's name
// rather than by Ref: the same literal, or the same Fn::Sub text as the
// bucket's BucketName (${AppName}-logs-${AWS::Region}-${AWS::AccountId}),
// whose unknown pieces are the same parameters, pseudo parameters or
// resources and so the same text in one template; a Ref to a parameter
// without a value reads as the Fn::Sub of that parameter alone. Bucket names are
// unique, so such a policy is that bucket's and no other's.

// s3CFNSameName reports whether two bucket name values of one template are
// the same name: known and equal, or built by Fn::Sub from the same known
// text around the same template-wide unknown names.
func s3CFNSameName(a, b *parser.Value) bool {
	if a == nil || b == nil {
		return false
	}
	if a.Kind == parser.String && b.Kind == parser.String {
		return a.Str != "" && a.Str == b.Str
	}
	an, ap, ok1 := cloudformation.SubUnknowns(a)
	bn, bp, ok2 := cloudformation.SubUnknowns(b)
	return ok1 && ok2 && slices.Equal(an, bn) && slices.Equal(ap, bp)
}

// s3CFNPolicyOwner returns the bucket of policy r's template that r names
// by name rather than by Ref, or nil.
func s3CFNPolicyOwner(p *engine.Pass, r *parser.Resource) *parser.Resource {
	return s3CFNPolicyOwners(p)[r]
}

// s3CFNPolicyOwners indexes, once per rule run, the bucket policies that
// name a bucket of their template by name (s3CFNSameName).
func s3CFNPolicyOwners(p *engine.Pass) map[*parser.Resource]*parser.Resource {
	return engine.Memo(p, "s3-cfn-policy-owners", func() map[*parser.Resource]*parser.Resource {
		out := map[*parser.Resource]*parser.Resource{}
		var buckets []*parser.Resource
		for _, r := range p.OfType("AWS::S3::BucketPolicy") {
			if len(p.Referenced(r, "Bucket", s3CFN)) > 0 {
				continue
			}
			if buckets == nil {
				buckets = p.OfType(s3CFN)
			}
			name := r.Body.Get("Bucket")
			for _, b := range buckets {
				if b.Scope == r.Scope && b.Root == r.Root && s3CFNSameName(b.Body.Get("BucketName"), name) {
					out[r] = b
					break
				}
			}
		}
		return out
	})
}
