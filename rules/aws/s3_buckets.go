package aws

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// What the S3 rules know about a bucket. Since version 4 of the AWS
// provider a bucket's ACL, policy, public access block, encryption,
// logging, versioning and object lock are separate resources that name the
// bucket by reference or by literal name; the legacy inline arguments of
// aws_s3_bucket, CloudFormation's bucket properties and account-level
// settings count too.

const (
	s3TF  = "aws_s3_bucket"
	s3CFN = "AWS::S3::Bucket"
)

// s3Buckets returns the Terraform and CloudFormation buckets.
func s3Buckets(p *engine.Pass) []*parser.Resource {
	return p.ResourcesOfType(s3TF, s3CFN)
}

// s3Attached returns the Terraform resources of the given types whose
// argument attr names bucket, by reference or by literal name. maybe is
// true when another resource of those types in the same module instance
// names a bucket that cannot be told apart from this one (s3AttachedOpen).
func s3Attached(p *engine.Pass, bucket *parser.Resource, attr string, types ...string) (attached []*parser.Resource, maybe bool) {
	attached, open := s3AttachedOpen(p, bucket, attr, types...)
	return attached, open.Answer == parser.CannotTell
}

// s3AttachedOpen is s3Attached with, instead of maybe, the verdict
// CannotTell naming the first resource that may name the bucket: its
// argument is unknown (a variable without a value), or it is a literal
// name and this bucket's own name is unknown (bucket_prefix, or computed).
// A module that takes the bucket name as an input declares the bucket and
// its configuration resources side by side, so the search stays within
// the module instance instead of spreading to every bucket of the root.
func s3AttachedOpen(p *engine.Pass, bucket *parser.Resource, attr string, types ...string) (attached []*parser.Resource, open parser.Verdict) {
	attached, maybe := s3MaybeAttached(p, bucket, attr, types...)
	if len(maybe) > 0 {
		open = s3MayName(maybe[0], attr)
	}
	return attached, open
}

// s3MaybeAttached returns, besides the resources that surely name the
// bucket, those of the same module instance that may name it: their
// argument is unknown, or it is a literal name and the bucket's own name
// is unknown.
func s3MaybeAttached(p *engine.Pass, bucket *parser.Resource, attr string, types ...string) (attached, maybe []*parser.Resource) {
	attached = p.Referrers(bucket, attr, types...)
	// Most configurations name their bucket by reference: then there is
	// no place to look up (s3Place builds a string) and no name to read.
	unresolved := s3Unresolved(p, attr, types)
	if len(unresolved) == 0 {
		return attached, nil
	}
	cands := unresolved[s3Place(bucket)]
	if len(cands) == 0 {
		return attached, nil
	}
	_, named := bucket.Body.Get("bucket").AsString()
	for _, r := range cands {
		if r == bucket || slices.Contains(attached, r) {
			continue
		}
		if _, ok := r.Body.Get(attr).AsString(); !ok || !named {
			maybe = append(maybe, r)
		}
	}
	return attached, maybe
}

// s3MayName is the CannotTell verdict saying why r may name the bucket.
func s3MayName(r *parser.Resource, attr string) parser.Verdict {
	if _, ok := r.Body.Get(attr).AsString(); !ok {
		return parser.Verdict{Answer: parser.CannotTell,
			Detail: r.Address + " may name this bucket: its " + attr + " is not known statically"}
	}
	return parser.Verdict{Answer: parser.CannotTell,
		Detail: r.Address + " may name this bucket: it names a bucket by name, and this bucket's name is not known statically"}
}

// s3Place is the module instance of a resource: configurations whose bucket
// is not resolved may belong to any bucket in the same place.
func s3Place(r *parser.Resource) s3PlaceKey { return s3PlaceKey{r.Root, r.Module, r.Scope} }

// s3PlaceKey is a module instance (s3Place): a key without a string to
// build for each resource looked up.
type s3PlaceKey struct{ root, module, scope string }

// s3Unresolved indexes, once per rule run, the configuration resources of
// the given types whose bucket attribute is set but names no scanned bucket.
func s3Unresolved(p *engine.Pass, attr string, types []string) map[s3PlaceKey][]*parser.Resource {
	key := "s3-unresolved|" + attr + "|" + strings.Join(types, ",")
	return engine.Memo(p, key, func() map[s3PlaceKey][]*parser.Resource {
		idx := map[s3PlaceKey][]*parser.Resource{}
		for _, r := range p.OfType(types...) {
			if r.Body.Get(attr).IsNull() || len(p.Referenced(r, attr, s3TF)) > 0 {
				continue
			}
			idx[s3Place(r)] = append(idx[s3Place(r)], r)
		}
		return idx
	})
}

// s3Declared reports whether the bucket declares the optional block or
// property attr. When that cannot be told (a dynamic block over an unknown
// collection), it notes the rule as undecided for the bucket and reports
// true, so that the rule says nothing more of it.
func s3Declared(p *engine.Pass, bucket *parser.Resource, attr string) bool {
	v := bucket.Body.Get(attr)
	switch parser.Set(v) {
	case parser.CannotTell:
		p.CannotTell(bucket, v, parser.Unknowable(v, attr).Detail)
		return true
	case parser.Yes:
		return true
	}
	return false
}

// s3BlockSettings are the four public access block settings, by format.
var s3BlockSettings = [4]struct{ tf, cfn string }{
	{"block_public_acls", "BlockPublicAcls"},
	{"ignore_public_acls", "IgnorePublicAcls"},
	{"block_public_policy", "BlockPublicPolicy"},
	{"restrict_public_buckets", "RestrictPublicBuckets"},
}

// Indexes into s3BlockSettings.
const (
	s3BlockACLs = iota
	s3IgnoreACLs
	s3BlockPolicy
	s3RestrictBuckets
)

// s3Block is the effective public access block of a bucket: S3 applies
// the most restrictive combination of the bucket's and the account's
// settings.
type s3Block struct {
	// found is true when some block, bucket- or account-level, may apply.
	found bool
	on    [4]parser.Truth
	// open is the verdict CannotTell naming what leaves the first Maybe
	// setting open.
	open parser.Verdict
}

// unsure records v as what leaves b open, unless something already does.
func (b *s3Block) unsure(v parser.Verdict) {
	if b.open.Answer != parser.CannotTell {
		b.open = v
	}
}

// s3PublicAccessBlock combines the public access blocks that apply to a
// bucket: its aws_s3_bucket_public_access_block resources and the
// aws_s3_account_public_access_block of its root, or CloudFormation's
// PublicAccessBlockConfiguration. An absent setting is false, as in the
// provider and the S3 API.
func s3PublicAccessBlock(p *engine.Pass, bucket *parser.Resource) s3Block {
	var b s3Block
	merge := func(obj *parser.Value, cfn bool) {
		b.found = true
		for i, s := range s3BlockSettings {
			name := s.tf
			if cfn {
				name = s.cfn
			}
			v := parser.Lookup(obj, name)
			t := v.Truth(false)
			if t == parser.Maybe {
				b.unsure(parser.Unknowable(v, name))
			}
			b.on[i] = max(b.on[i], t)
		}
	}
	switch bucket.Type {
	case s3TF:
		blocks, open := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_public_access_block")
		for _, r := range blocks {
			merge(r.Body, false)
		}
		if open.Answer == parser.CannotTell {
			b.found = true
			for i := range b.on {
				b.on[i] = max(b.on[i], parser.Maybe)
			}
			b.unsure(open)
		}
		for _, r := range p.InRoot(bucket, "aws_s3_account_public_access_block") {
			merge(r.Body, false)
		}
	case s3CFN:
		if c := bucket.Body.Get("PublicAccessBlockConfiguration"); !c.IsNull() {
			merge(c, true)
		}
	}
	return b
}

// s3ACLsDisabled says whether the bucket's object ownership is
// BucketOwnerEnforced, which disables ACLs so that no ACL grants access;
// when it cannot be told, open names why.
func s3ACLsDisabled(p *engine.Pass, bucket *parser.Resource) (t parser.Truth, open parser.Verdict) {
	check := func(v *parser.Value, name string) {
		switch s, ok := v.AsString(); {
		case ok && s == "BucketOwnerEnforced":
			t = parser.True
		case !ok && t == parser.False:
			t, open = parser.Maybe, parser.Unknowable(v, name)
		}
	}
	switch bucket.Type {
	case s3TF:
		ctls, o := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_ownership_controls")
		if o.Answer == parser.CannotTell {
			t, open = parser.Maybe, o
		}
		for _, r := range ctls {
			for _, rule := range r.Body.Get("rule").Items() {
				check(rule.Get("object_ownership"), "rule.object_ownership")
			}
		}
	case s3CFN:
		oc := bucket.Body.Get("OwnershipControls")
		if parser.Set(oc) == parser.CannotTell {
			return parser.Maybe, parser.Unknowable(oc, "OwnershipControls")
		}
		for _, rule := range oc.Get("Rules").Items() {
			check(rule.Get("ObjectOwnership"), "OwnershipControls.Rules.ObjectOwnership")
		}
	}
	return t, open
}

// s3Lock is what is known of a bucket's object lock: on, the value that
// turns it off explicitly (if any), and when it cannot be told, the verdict
// CannotTell naming why.
type s3Lock struct {
	on   parser.Truth
	off  *parser.Value
	open parser.Verdict
}

// s3ObjectLock says whether object lock is enabled on a bucket.
func s3ObjectLock(p *engine.Pass, bucket *parser.Resource) s3Lock {
	b := bucket.Body
	switch bucket.Type {
	case s3TF:
		if cfgs, open := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_object_lock_configuration"); len(cfgs) > 0 {
			return s3Lock{on: parser.True}
		} else if open.Answer == parser.CannotTell {
			return s3Lock{on: parser.Maybe, open: open}
		}
		for _, c := range b.Get("object_lock_configuration").Items() {
			if s, ok := c.Get("object_lock_enabled").AsString(); !ok || s == "Enabled" {
				return s3Lock{on: parser.True}
			}
		}
		return s3FlagLock(b.Get("object_lock_enabled"), "object_lock_enabled")
	case s3CFN:
		if s, ok := b.Path("ObjectLockConfiguration", "ObjectLockEnabled").AsString(); ok && s == "Enabled" {
			return s3Lock{on: parser.True}
		}
		return s3FlagLock(b.Get("ObjectLockEnabled"), "ObjectLockEnabled")
	}
	return s3Lock{}
}

// s3FlagLock reads an optional object lock flag that defaults to false.
func s3FlagLock(v *parser.Value, name string) s3Lock {
	switch t := v.Truth(false); {
	case t == parser.Maybe:
		return s3Lock{on: t, open: parser.Unknowable(v, name)}
	case t == parser.False && !v.IsNull():
		return s3Lock{on: t, off: v}
	default:
		return s3Lock{on: t}
	}
}

// s3LogTargets returns the resources that deliver S3 server access logs
// to bucket: logging configurations naming it as their target bucket.
// open is CannotTell when a logging configuration's target cannot be known.
func s3LogTargets(p *engine.Pass, bucket *parser.Resource) (from []*parser.Resource, open parser.Verdict) {
	switch bucket.Type {
	case s3TF:
		from, open = s3AttachedOpen(p, bucket, "target_bucket", "aws_s3_bucket_logging")
		for _, r := range p.Referrers(bucket, "target_bucket", s3TF) {
			if !slices.Contains(from, r) {
				from = append(from, r)
			}
		}
	case s3CFN:
		from = p.Referrers(bucket, "DestinationBucketName", s3CFN)
	}
	return from, open
}

// s3LogSource is a resource that delivers logs to a bucket.
type s3LogSource struct {
	res  *parser.Resource
	what string
}

// lbLogBlock matches the path of a load balancer's log bucket argument.
var lbLogBlock = regexp.MustCompile(`^(access_logs|connection_logs)\[(\d+)\]\.bucket$`)

// s3LogSources returns what delivers logs to bucket: S3 server access
// logging, CloudTrail, AWS Config, load balancer access logs, VPC flow
// logs, CloudFront and WAF logging.
func s3LogSources(p *engine.Pass, bucket *parser.Resource) []s3LogSource {
	var out []s3LogSource
	add := func(rs []*parser.Resource, what string) {
		for _, r := range rs {
			out = append(out, s3LogSource{r, what})
		}
	}
	targets, _ := s3LogTargets(p, bucket)
	add(targets, "S3 server access logs")
	add(s3Trails(p, bucket), "CloudTrail logs")
	switch bucket.Type {
	case s3TF:
		add(p.Referrers(bucket, "s3_bucket_name", "aws_config_delivery_channel"), "AWS Config history")
		add(p.Referrers(bucket, "log_destination", "aws_flow_log"), "VPC flow logs")
		add(p.Referrers(bucket, "bucket", "aws_cloudfront_distribution"), "CloudFront access logs")
		add(p.Referrers(bucket, "log_destination_configs", "aws_wafv2_web_acl_logging_configuration"), "WAF logs")
		var lbs []*parser.Resource
		for _, e := range p.EdgesTo(bucket) {
			switch e.From.Type {
			case "aws_lb", "aws_alb", "aws_elb":
			default:
				continue
			}
			m := lbLogBlock.FindStringSubmatch(e.Attr)
			if m == nil || slices.Contains(lbs, e.From) {
				continue
			}
			i, _ := strconv.Atoi(m[2])
			if items := e.From.Body.Get(m[1]).Items(); i < len(items) {
				if on, ok := items[i].Get("enabled").AsBool(); ok && !on {
					continue
				}
			}
			lbs = append(lbs, e.From)
		}
		add(lbs, "load balancer access logs")
	case s3CFN:
		add(p.Referrers(bucket, "S3BucketName", "AWS::Config::DeliveryChannel"), "AWS Config history")
		add(p.Referrers(bucket, "S3BucketName", "AWS::ElasticLoadBalancing::LoadBalancer"), "load balancer access logs")
		add(p.Referrers(bucket, "LogDestination", "AWS::EC2::FlowLog"), "VPC flow logs")
		add(p.Referrers(bucket, "Bucket", "AWS::CloudFront::Distribution"), "CloudFront access logs")
		add(p.Referrers(bucket, "LogDestinationConfigs", "AWS::WAFv2::LoggingConfiguration"), "WAF logs")
		add(s3CFNLoadBalancers(p, bucket), "load balancer access logs")
	}
	return out
}

// s3Trails returns the CloudTrail trails that deliver their logs to
// bucket.
func s3Trails(p *engine.Pass, bucket *parser.Resource) []*parser.Resource {
	switch bucket.Type {
	case s3TF:
		return p.Referrers(bucket, "s3_bucket_name", "aws_cloudtrail")
	case s3CFN:
		return p.Referrers(bucket, "S3BucketName", "AWS::CloudTrail::Trail")
	}
	return nil
}

// s3TrailNote is what a finding about bucket adds when the bucket receives
// CloudTrail logs, and so holds the audit record of the account: " (it
// receives CloudTrail logs from aws_cloudtrail.main)", with subject in
// place of "it"; "" for other buckets.
func s3TrailNote(p *engine.Pass, bucket *parser.Resource, subject string) string {
	trails := s3Trails(p, bucket)
	if len(trails) == 0 {
		return ""
	}
	names := make([]string, len(trails))
	for i, t := range trails {
		names[i] = t.Address
	}
	return " (" + subject + " receives CloudTrail logs from " + strings.Join(names, ", ") + ")"
}

// s3CFNLoadBalancers returns the Elastic Load Balancing v2 load balancers
// whose access_logs.s3.bucket or connection_logs.s3.bucket attribute names
// bucket, by Ref or by its BucketName.
func s3CFNLoadBalancers(p *engine.Pass, bucket *parser.Resource) []*parser.Resource {
	name, named := bucket.Body.Get("BucketName").AsString()
	var out []*parser.Resource
	for _, lb := range p.InRoot(bucket, "AWS::ElasticLoadBalancingV2::LoadBalancer") {
		attrs := lb.Body.Get("LoadBalancerAttributes").Items()
		for i, a := range attrs {
			key, _ := a.Get("Key").AsString()
			if key != "access_logs.s3.bucket" && key != "connection_logs.s3.bucket" {
				continue
			}
			hit := false
			if v, ok := a.Get("Value").AsString(); ok && named && v == name {
				hit = true
			}
			path := "LoadBalancerAttributes[" + strconv.Itoa(i) + "].Value"
			for _, e := range p.EdgesFrom(lb) {
				if e.To == bucket && e.Attr == path {
					hit = true
				}
			}
			if hit && !slices.Contains(out, lb) {
				out = append(out, lb)
			}
		}
	}
	return out
}

// s3BucketPolicies returns the bucket policy documents that apply to a
// bucket, with the resource each is written in: the legacy policy argument
// and aws_s3_bucket_policy resources, or AWS::S3::BucketPolicy resources.
func s3BucketPolicies(p *engine.Pass, bucket *parser.Resource) []s3Doc {
	var out []s3Doc
	switch bucket.Type {
	case s3TF:
		if v := bucket.Body.Get("policy"); !v.IsNull() {
			out = append(out, s3Doc{bucket, v})
		}
		for _, r := range p.Referrers(bucket, "bucket", "aws_s3_bucket_policy") {
			out = append(out, s3Doc{r, r.Body.Get("policy")})
		}
	case s3CFN:
		for _, r := range p.Referrers(bucket, "Bucket", "AWS::S3::BucketPolicy") {
			out = append(out, s3Doc{r, r.Body.Get("PolicyDocument")})
		}
	}
	return out
}

// s3Doc is a policy document and the resource it is written in.
type s3Doc struct {
	res *parser.Resource
	doc *parser.Value
}

// s3PublicStatements returns the values that grant everyone access in a
// bucket policy: the "*" principal of each Allow statement whose
// conditions do not limit access to fixed sources, or its NotPrincipal
// (an Allow with NotPrincipal grants every principal but those listed,
// anonymous users included). A Terraform policy
// that is unknown because it mentions a computed attribute (the bucket's
// ARN) is read from the aws_iam_policy_document data source it comes
// from, whose statements are known on their own.
func s3PublicStatements(p *engine.Pass, d s3Doc) []s3Public {
	var out []s3Public
	if doc := policyDocument(d.doc); doc != nil {
		for _, st := range statements(doc) {
			if e, ok := st.Get("Effect").AsString(); !ok || !strings.EqualFold(e, "Allow") {
				continue
			}
			at, what := s3Anyone(st.Get("Principal")), s3AnyoneWhat
			if np := st.Get("NotPrincipal"); at == nil && parser.Set(np) == parser.Yes {
				at, what = np, s3NotPrincipalWhat
			}
			if at == nil || s3JSONRestricted(st.Get("Condition")) {
				continue
			}
			out = append(out, s3Public{at, what})
		}
		return out
	}
	for _, ds := range policyDataSources(p, d.res, "policy", d.doc) {
		for _, st := range ds.Body.Get("statement").Items() {
			if e := st.Get("effect"); !e.IsNull() {
				if s, ok := e.AsString(); !ok || s != "Allow" {
					continue
				}
			}
			at, what := s3AnyoneBlocks(st.Get("principals")), s3AnyoneWhat
			if np := st.Get("not_principals").Items(); at == nil && len(np) > 0 {
				at, what = np[0], s3NotPrincipalWhat
			}
			if at == nil || s3BlocksRestricted(st.Get("condition")) {
				continue
			}
			out = append(out, s3Public{at, what})
		}
	}
	return out
}

// s3Public is a bucket policy statement open to everyone: the value to
// report and what opens it.
type s3Public struct {
	at   *parser.Value
	what string
}

const (
	s3AnyoneWhat       = "a policy statement allows Principal \"*\" without a condition limiting it to fixed sources"
	s3NotPrincipalWhat = "a policy statement allows every principal but those in NotPrincipal (AWS supports NotPrincipal only with Deny), without a condition limiting it to fixed sources"
)

// s3Anyone returns the "*" of a JSON principal that means everyone:
// "*" or {"AWS": "*"}.
func s3Anyone(pr *parser.Value) *parser.Value {
	if pr == nil {
		return nil
	}
	if pr.Kind == parser.String {
		if strings.TrimSpace(pr.Str) == "*" {
			return pr
		}
		return nil
	}
	for _, e := range stringsOf(pr.Get("AWS")) {
		if strings.TrimSpace(e.Str) == "*" {
			return e
		}
	}
	return nil
}

// s3AnyoneBlocks returns the "*" identifier of aws_iam_policy_document
// principals blocks that mean everyone: type "*" or type "AWS".
func s3AnyoneBlocks(v *parser.Value) *parser.Value {
	for _, pr := range v.Items() {
		t, ok := pr.Get("type").AsString()
		if !ok || t != "*" && t != "AWS" {
			continue
		}
		for _, id := range stringsOf(pr.Get("identifiers")) {
			if strings.TrimSpace(id.Str) == "*" {
				return id
			}
		}
	}
	return nil
}

// s3PublicACL names the canned ACLs that grant access to everyone, or to
// every AWS account.
var s3PublicACL = map[string]bool{
	"public-read": true, "public-read-write": true, "authenticated-read": true,
	"PublicRead": true, "PublicReadWrite": true, "AuthenticatedRead": true,
}

// s3PublicGrantee reports whether a grantee URI is the AllUsers or
// AuthenticatedUsers group.
func s3PublicGrantee(v *parser.Value) bool {
	s, ok := v.AsString()
	if !ok {
		return false
	}
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "/groups/global/AllUsers") || strings.HasSuffix(s, "/groups/global/AuthenticatedUsers")
}

// s3ACLGrants returns the values that grant everyone access through ACLs
// on a bucket, with the resource each is written in. An ACL resource that
// reaches several buckets of the same name (a literal name, or a reference
// whose value is that name) belongs to the bucket its expression
// references when it references one.
func s3ACLGrants(p *engine.Pass, bucket *parser.Resource) []s3Grant {
	switch bucket.Type {
	case s3TF:
		out := s3ResourceACLGrants(bucket)
		for _, r := range p.Referrers(bucket, "bucket", "aws_s3_bucket_acl") {
			if own := s3ReferencedBuckets(p, r); len(own) == 0 || slices.Contains(own, bucket) {
				out = append(out, s3ResourceACLGrants(r)...)
			}
		}
		return out
	case s3CFN:
		return s3ResourceACLGrants(bucket)
	}
	return nil
}

// s3ReferencedBuckets returns the buckets that r's bucket argument
// references by expression (not by literal name).
func s3ReferencedBuckets(p *engine.Pass, r *parser.Resource) []*parser.Resource {
	var out []*parser.Resource
	for _, e := range p.EdgesFrom(r) {
		if e.Kind == engine.Reference && e.Attr == "bucket" && e.To.Type == s3TF && !slices.Contains(out, e.To) {
			out = append(out, e.To)
		}
	}
	return out
}

// s3ResourceACLGrants returns the values of one resource that grant
// everyone access through an ACL: the canned acl and the AllUsers or
// AuthenticatedUsers grants of a bucket (legacy arguments) or of an
// aws_s3_bucket_acl, or a template bucket's AccessControl.
func s3ResourceACLGrants(res *parser.Resource) []s3Grant {
	var out []s3Grant
	canned := func(v *parser.Value) {
		if s, ok := v.AsString(); ok && v.Kind == parser.String && s3PublicACL[strings.TrimSpace(s)] {
			out = append(out, s3Grant{res, v, "ACL " + strconv.Quote(s)})
		}
	}
	uri := func(v *parser.Value) {
		if s3PublicGrantee(v) {
			out = append(out, s3Grant{res, v, "an ACL grant to " + v.Str[strings.LastIndex(v.Str, "/")+1:]})
		}
	}
	switch res.Type {
	case s3TF:
		canned(res.Body.Get("acl"))
		for _, g := range res.Body.Get("grant").Items() {
			uri(g.Get("uri"))
		}
	case "aws_s3_bucket_acl":
		canned(res.Body.Get("acl"))
		for _, acp := range res.Body.Get("access_control_policy").Items() {
			for _, g := range acp.Get("grant").Items() {
				for _, ge := range g.Get("grantee").Items() {
					uri(ge.Get("uri"))
				}
			}
		}
	case s3CFN:
		canned(res.Body.Get("AccessControl"))
	}
	return out
}

// s3Grant is a value that grants public access and the resource it is in.
type s3Grant struct {
	res  *parser.Resource
	at   *parser.Value
	what string
}
