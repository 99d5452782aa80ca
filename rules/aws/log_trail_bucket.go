package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func logTrailBucket() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-016",
		Name:     "cloudtrail-bucket-public-or-unlogged",
		Title:    "CloudTrail log bucket is public or has no server access logging",
		Severity: engine.High,
		Description: "The S3 bucket a CloudTrail trail delivers to holds the audit record of the account. " +
			"A public ACL on it (public-read, public-read-write, authenticated-read, or a grant to the " +
			"AllUsers or AuthenticatedUsers group) that no public access block or BucketOwnerEnforced " +
			"object ownership neutralises exposes the logs to anyone; and without server access logging " +
			"nobody can tell who read or deleted them. Only buckets declared in the scanned code are " +
			"judged; bucket policies are left to the general S3 rules.",
		Remediation: engine.Remediation{
			Summary: "Keep the trail bucket private (a public access block, no public ACL) and turn on server access logging to a separate bucket.",
			Terraform: `resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}`,
			CloudFormation: `TrailBucket:
  Type: AWS::S3::Bucket
  Properties:
    PublicAccessBlockConfiguration:
      BlockPublicAcls: true
      IgnorePublicAcls: true
      BlockPublicPolicy: true
      RestrictPublicBuckets: true
    LoggingConfiguration:
      DestinationBucketName: !Ref AccessLogBucket
      LogFilePrefix: trail/`,
		},
		Checklist: []string{"LOG-2"},
		SOC2:      []string{"CC7.2"},
		Provider:  "aws",
		Links: []string{
			"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html",
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
			"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
		},
		Precision: "high",
		Check:     checkLogTrailBucket,
	}
}

// logPublicCannedACLs are the canned ACLs that grant access beyond the
// account, in both spellings.
var logPublicCannedACLs = map[string]bool{
	"public-read": true, "public-read-write": true, "authenticated-read": true,
	"PublicRead": true, "PublicReadWrite": true, "AuthenticatedRead": true,
}

// logPublicGroupURIs are the grantee groups that make a grant public.
var logPublicGroupURIs = map[string]bool{
	"http://acs.amazonaws.com/groups/global/AllUsers":           true,
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers": true,
}

func checkLogTrailBucket(p *engine.Pass) {
	seen := map[*parser.Resource]bool{}
	for _, t := range p.ResourcesOfType("aws_cloudtrail", "AWS::CloudTrail::Trail") {
		attr, bucketType := "s3_bucket_name", "aws_s3_bucket"
		if t.Format == parser.CloudFormation {
			attr, bucketType = "S3BucketName", "AWS::S3::Bucket"
		}
		for _, b := range p.Referenced(t, attr, bucketType) {
			if seen[b] || !b.Body.IsKnown() {
				continue
			}
			seen[b] = true
			if !logACLsNeutralised(p, b) {
				for _, g := range logPublicGrants(p, b) {
					p.Report(g.res, g.val, "%s: the bucket of CloudTrail %s is public (%s)", g.res.Address, t.Address, g.what)
				}
			}
			if !logHasAccessLogging(p, b) {
				p.Report(b, nil, "%s holds the logs of CloudTrail %s but has no server access logging", b.Address, t.Address)
			}
		}
	}
}

// logGrant is a public grant and where it is written.
type logGrant struct {
	res  *parser.Resource
	val  *parser.Value
	what string
}

// logPublicGrants returns the ACL grants known to make bucket public.
func logPublicGrants(p *engine.Pass, bucket *parser.Resource) []logGrant {
	var out []logGrant
	canned := func(res *parser.Resource, v *parser.Value, attr string) {
		if s, ok := v.AsString(); ok && logPublicCannedACLs[s] {
			out = append(out, logGrant{res, v, attr + " = " + s})
		}
	}
	uri := func(res *parser.Resource, v *parser.Value) {
		if s, ok := v.AsString(); ok && logPublicGroupURIs[s] {
			out = append(out, logGrant{res, v, "grant to " + s[strings.LastIndex(s, "/")+1:]})
		}
	}
	if bucket.Format == parser.CloudFormation {
		canned(bucket, bucket.Body.Get("AccessControl"), "AccessControl")
		return out
	}
	// The legacy inline acl and grant arguments of aws_s3_bucket.
	canned(bucket, bucket.Body.Get("acl"), "acl")
	for _, g := range bucket.Body.Get("grant").Items() {
		uri(bucket, g.Get("uri"))
	}
	for _, acl := range p.Referrers(bucket, "bucket", "aws_s3_bucket_acl") {
		canned(acl, acl.Body.Get("acl"), "acl")
		for _, pol := range acl.Body.Get("access_control_policy").Items() {
			for _, g := range pol.Get("grant").Items() {
				for _, ge := range g.Get("grantee").Items() {
					uri(acl, ge.Get("uri"))
				}
			}
		}
	}
	return out
}

// logACLsNeutralised reports whether ACLs on bucket may have no effect: a
// bucket or account public access block that blocks or ignores public
// ACLs, or BucketOwnerEnforced object ownership, which disables ACLs.
// Unknown settings count as neutralising.
func logACLsNeutralised(p *engine.Pass, bucket *parser.Resource) bool {
	if bucket.Format == parser.CloudFormation {
		for _, pab := range bucket.Body.Get("PublicAccessBlockConfiguration").Items() {
			if logMaybeTrue(pab.Get("BlockPublicAcls")) || logMaybeTrue(pab.Get("IgnorePublicAcls")) {
				return true
			}
		}
		for _, oc := range bucket.Body.Get("OwnershipControls").Items() {
			for _, r := range oc.Get("Rules").Items() {
				if logEnforced(r.Get("ObjectOwnership")) {
					return true
				}
			}
		}
		return false
	}
	blocks := logAttachedTo(p, bucket, "bucket", "aws_s3_bucket_public_access_block")
	blocks = append(blocks, p.InRoot(bucket, "aws_s3_account_public_access_block")...)
	for _, pab := range blocks {
		if logMaybeTrue(pab.Body.Get("block_public_acls")) || logMaybeTrue(pab.Body.Get("ignore_public_acls")) {
			return true
		}
	}
	for _, oc := range logAttachedTo(p, bucket, "bucket", "aws_s3_bucket_ownership_controls") {
		for _, r := range oc.Body.Get("rule").Items() {
			if logEnforced(r.Get("object_ownership")) {
				return true
			}
		}
	}
	return false
}

// logEnforced reports whether an object ownership setting may be
// BucketOwnerEnforced.
func logEnforced(v *parser.Value) bool {
	if s, ok := v.AsString(); ok {
		return s == "BucketOwnerEnforced"
	}
	return v != nil && v.Kind == parser.Unknown
}

// logHasAccessLogging reports whether bucket may have server access
// logging: a logging block or configuration that is present (even
// unknown), or an aws_s3_bucket_logging that may configure it.
func logHasAccessLogging(p *engine.Pass, bucket *parser.Resource) bool {
	if bucket.Format == parser.CloudFormation {
		// Without DestinationBucketName, logs go to the bucket itself.
		return !bucket.Body.Get("LoggingConfiguration").IsNull()
	}
	if lg := bucket.Body.Get("logging"); lg != nil && (lg.Kind == parser.Unknown || len(lg.Items()) > 0) {
		return true
	}
	return len(logAttachedTo(p, bucket, "bucket", "aws_s3_bucket_logging")) > 0
}
