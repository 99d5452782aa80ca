package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkS3BucketAllowsHTTP(p *engine.Pass) {
	const problem = "objects may be read and written over plain HTTP"
	for _, bucket := range s3Buckets(p) {
		if bucket.Data || !p.BodyKnown(bucket) {
			continue
		}
		var docs []s3Doc
		maybe := false
		switch bucket.Type {
		case s3TF:
			if v := bucket.Body.Get("policy"); !v.IsNull() {
				docs = append(docs, s3Doc{bucket, v})
			}
			pols, unresolved := s3Attached(p, bucket, "bucket", "aws_s3_bucket_policy")
			for _, r := range pols {
				docs = append(docs, s3Doc{r, r.Body.Get("policy")})
			}
			maybe = unresolved
		case s3CFN:
			for _, r := range p.Referrers(bucket, "Bucket", "AWS::S3::BucketPolicy") {
				docs = append(docs, s3Doc{r, r.Body.Get("PolicyDocument")})
			}
			for _, r := range p.ResourcesOfType("AWS::S3::BucketPolicy") {
				if s3CFNPolicyOwner(p, r) == bucket {
					docs = append(docs, s3Doc{r, r.Body.Get("PolicyDocument")})
				}
			}
			maybe = s3CFNUnmatchedPolicy(p, bucket)
		}
		var unknown *parser.Value
		denied := false
		for _, d := range docs {
			switch s3DeniesHTTP(p, d) {
			case parser.Yes:
				denied = true
			case parser.CannotTell:
				if unknown == nil {
					unknown = d.doc
				}
			}
		}
		switch {
		case denied:
		case unknown != nil:
			p.CannotTell(bucket, unknown, parser.Unknowable(unknown, "the bucket policy").Detail)
		case maybe:
			p.CannotTell(bucket, nil, "a bucket policy in the same module or template names a bucket that cannot be matched")
		default:
			detail := "no bucket policy"
			if len(docs) > 0 {
				detail = "no statement of its bucket policy denies aws:SecureTransport = false"
			}
			p.Judge(bucket, parser.Bad(nil, detail), problem)
		}
	}
	// A bucket has one policy: a policy whose bucket is created elsewhere
	// (a module input, an existing bucket) is judged on its own.
	for _, d := range s3LonePolicies(p) {
		if !p.BodyKnown(d.res) {
			continue
		}
		switch s3DeniesHTTP(p, d) {
		case parser.No:
			p.Judge(d.res, parser.Bad(d.doc, "no statement of the bucket policy denies aws:SecureTransport = false"), problem)
		case parser.CannotTell:
			p.CannotTell(d.res, d.doc, parser.Unknowable(d.doc, "the bucket policy").Detail)
		}
	}
}

// s3LonePolicies returns the bucket policies, with their documents, of the
// modules and templates that manage no bucket: their bucket is created
// elsewhere, and no bucket of the scan is judged with them.
func s3LonePolicies(p *engine.Pass) []s3Doc {
	managed := map[s3PlaceKey]bool{}
	for _, b := range s3Buckets(p) {
		if !b.Data {
			managed[s3Place(b)] = true
		}
	}
	// Directory buckets (S3 Express One Zone) take bucket policies too.
	for _, b := range p.OfType("aws_s3_directory_bucket", "AWS::S3Express::DirectoryBucket") {
		managed[s3Place(b)] = true
	}
	var out []s3Doc
	for _, r := range p.ResourcesOfType("aws_s3_bucket_policy", "AWS::S3::BucketPolicy") {
		if !managed[s3Place(r)] {
			out = append(out, s3Doc{r, s3PolicyDocument.Of(r)})
		}
	}
	return out
}

// s3PolicyDocument is a bucket policy resource's document.
var s3PolicyDocument = parser.A("policy", "PolicyDocument")

// s3CFNUnmatchedPolicy reports whether a bucket policy of bucket's template
// names its bucket by a literal or unknown name, which may be this bucket:
// not when the name is a bucket's of the template (s3CFNPolicyOwner).
func s3CFNUnmatchedPolicy(p *engine.Pass, bucket *parser.Resource) bool {
	for _, r := range p.ResourcesOfType("AWS::S3::BucketPolicy") {
		if r.Scope != bucket.Scope || r.Root != bucket.Root {
			continue
		}
		if len(p.Referenced(r, "Bucket", s3CFN)) == 0 && s3CFNPolicyOwner(p, r) == nil {
			return true
		}
	}
	return false
}

// s3DeniesHTTP answers whether a bucket policy document denies requests
// without TLS: Yes, No, or CannotTell when the document is unknown.
func s3DeniesHTTP(p *engine.Pass, d s3Doc) parser.Answer {
	doc := policyDocument(d.doc)
	if doc != nil {
		for _, st := range statements(doc) {
			if e, ok := st.Get("Effect").AsString(); !ok || !strings.EqualFold(e, "Deny") {
				continue
			}
			cond := st.Get("Condition")
			if cond == nil || cond.Kind != parser.Object || !s3DenyCoversData(st.Get("Action"), st.Get("NotAction")) {
				continue
			}
			for op, tests := range cond.Attrs {
				if tests == nil || tests.Kind != parser.Object {
					continue
				}
				for key, vals := range tests.Attrs {
					if s3InsecureTransportTest(op, key, vals) {
						return parser.Yes
					}
				}
			}
		}
		// A rendered aws_iam_policy_document may lack statements whose
		// JSON was unknown (merged documents naming the bucket's ARN):
		// read its blocks too (a CloudFormation document refers to none).
	} else if parser.Set(d.doc) != parser.CannotTell {
		return parser.No
	}
	for _, ds := range p.Referenced(d.res, "policy", "aws_iam_policy_document") {
		if ds.Data {
			return s3PolicyDocDeniesHTTP(p, ds, 0)
		}
	}
	// A partly known document (a heredoc interpolating the bucket's ARN)
	// was read around its unknown pieces.
	if doc != nil || parser.Set(d.doc) != parser.CannotTell {
		return parser.No
	}
	return parser.CannotTell
}

// s3PolicyDocDeniesHTTP reads an aws_iam_policy_document data source whose
// JSON is unknown (it names the bucket's ARN): its statement blocks, and the
// documents it merges through source_policy_documents and
// override_policy_documents, as the terraform-aws-modules S3 module builds
// its policy.
func s3PolicyDocDeniesHTTP(p *engine.Pass, ds *parser.Resource, depth int) parser.Answer {
	for _, st := range ds.Body.Get("statement").Items() {
		if e, ok := st.Get("effect").AsString(); !ok || e != "Deny" || !s3DenyCoversData(st.Get("actions"), st.Get("not_actions")) {
			continue
		}
		for _, c := range st.Get("condition").Items() {
			op, _ := c.Get("test").AsString()
			key, _ := c.Get("variable").AsString()
			if s3InsecureTransportTest(op, key, c.Get("values")) {
				return parser.Yes
			}
		}
	}
	out := parser.No
	for _, attr := range []string{"source_policy_documents", "override_policy_documents"} {
		v := ds.Body.Get(attr)
		if v.IsNull() {
			continue
		}
		unknown := parser.Set(v) == parser.CannotTell
		if unknown && depth >= 8 {
			out = parser.CannotTell
			continue
		}
		for _, e := range v.Items() {
			if doc := policyDocument(e); doc != nil && s3DeniesHTTP(p, s3Doc{ds, doc}) == parser.Yes {
				return parser.Yes
			}
		}
		srcs := p.Referenced(ds, attr, "aws_iam_policy_document")
		for _, src := range srcs {
			if !src.Data || src == ds || depth >= 8 {
				continue
			}
			switch s3PolicyDocDeniesHTTP(p, src, depth+1) {
			case parser.Yes:
				return parser.Yes
			case parser.CannotTell:
				out = parser.CannotTell
			}
		}
		if unknown && len(srcs) == 0 {
			out = parser.CannotTell
		}
	}
	return out
}

// s3InsecureTransportTest reports whether a condition matches requests
// made without TLS: Bool or BoolIfExists aws:SecureTransport "false".
func s3InsecureTransportTest(op, key string, vals *parser.Value) bool {
	o := strings.ToLower(strings.TrimSpace(op))
	if o != "bool" && o != "boolifexists" || !strings.EqualFold(strings.TrimSpace(key), "aws:SecureTransport") {
		return false
	}
	for _, v := range stringsOf(vals) {
		if strings.EqualFold(strings.TrimSpace(v.Str), "false") {
			return true
		}
	}
	if b, ok := vals.AsBool(); ok && !b {
		return true
	}
	for _, v := range vals.Items() {
		if b, ok := v.AsBool(); ok && !b {
			return true
		}
	}
	return false
}

// s3DenyCoversData reports whether a Deny statement's actions (Action or
// NotAction) cover both reading and writing objects: a statement that
// denies only s3:PutObject over HTTP leaves the objects readable without
// TLS. Actions not known statically are given the benefit of the doubt.
func s3DenyCoversData(actions, notActions *parser.Value) bool {
	covers := func(action string) bool {
		if !notActions.IsNull() {
			for _, a := range stringsOf(notActions) {
				if actionMatches(a.Str, action) {
					return false
				}
			}
			return true
		}
		if actions.IsNull() || parser.Set(actions) == parser.CannotTell {
			return true
		}
		for _, a := range stringsOf(actions) {
			if actionMatches(a.Str, action) {
				return true
			}
		}
		return false
	}
	return covers("s3:GetObject") && covers("s3:PutObject")
}
