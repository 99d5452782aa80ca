package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// s3CustomerKeyCheck is AWS-006 under require-customer-key: every bucket's
// default encryption must be SSE-KMS (or DSSE-KMS) with a customer managed
// key, in the legacy block, an attached configuration resource or
// BucketEncryption.
func s3CustomerKeyCheck(p *engine.Pass) {
	const problem = "the bucket's default encryption does not use a customer managed KMS key, which the configuration requires"
	var (
		legacy = parser.A("server_side_encryption_configuration.rule.apply_server_side_encryption_by_default",
			"BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault")
		legacyAlg = parser.A("server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm",
			"BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.SSEAlgorithm")
		legacyKey = parser.A("server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.kms_master_key_id",
			"BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.KMSMasterKeyID")
		cfgAlg = parser.A("rule.apply_server_side_encryption_by_default.sse_algorithm", "")
		cfgKey = parser.A("rule.apply_server_side_encryption_by_default.kms_master_key_id", "")
	)
	for _, bucket := range p.KnownManaged("aws_s3_bucket", "AWS::S3::Bucket") {
		if sseS3OnlyLogs(p, bucket) {
			// Application and Classic Load Balancers deliver access logs
			// only to buckets encrypted with SSE-S3: a customer key
			// would stop the logs.
			p.Judge(bucket, parser.Decided, problem)
			continue
		}
		var vs []parser.Verdict
		if parser.Set(legacy.Of(bucket)) != parser.No {
			vs = append(vs, s3KeyVerdict(p, bucket, legacy, legacyAlg, legacyKey))
		}
		if cfgAlg.Exists(bucket) {
			cfgs, maybe := s3Attached(p, bucket, "bucket", "aws_s3_bucket_server_side_encryption_configuration")
			for _, c := range cfgs {
				vs = append(vs, s3KeyVerdict(p, c, parser.A("rule.apply_server_side_encryption_by_default", ""), cfgAlg, cfgKey))
			}
			if maybe && len(vs) == 0 {
				vs = append(vs, parser.Verdict{Answer: parser.CannotTell,
					Detail: "an aws_s3_bucket_server_side_encryption_configuration in the same module names a bucket that cannot be matched"})
			}
		}
		if len(vs) == 0 {
			p.Judge(bucket, parser.Bad(nil, "no default encryption configuration: S3 uses SSE-S3"), problem)
			continue
		}
		// Any configuration with a customer key is enough.
		out := vs[0]
		for _, v := range vs {
			if v.Answer == parser.No {
				out = v
				break
			}
			if v.Answer == parser.CannotTell {
				out = v
			}
		}
		p.Judge(bucket, out, problem)
	}
}

// s3KeyVerdict judges the default encryption block def of res (a bucket's
// legacy block or BucketEncryption, or a configuration resource): Yes
// unless its algorithm is SSE-KMS or DSSE-KMS with a customer managed key.
func s3KeyVerdict(p *engine.Pass, res *parser.Resource, def, alg, key parser.Attr) parser.Verdict {
	if d := def.Of(res); parser.Set(d) == parser.CannotTell {
		return parser.Unknowable(d, def.Name(res))
	}
	at := def.Nearest(res)
	if v := parser.NoneOf(alg.Of(res), alg.Name(res), "AES256", "aws:kms", "aws:kms:dsse"); v.Answer != parser.No {
		if v.At == nil {
			v.At = at
		}
		return v
	}
	v := customerKey(p, res, key.Of(res), key.Name(res))
	if v.Answer == parser.Yes && v.At == nil {
		v.At = at
	}
	return v
}

// sseS3OnlyLogs reports whether bucket receives the access or connection
// logs of an Application Load Balancer or a Classic Load Balancer, which
// Elastic Load Balancing delivers only to buckets whose default encryption
// is SSE-S3 (Network Load Balancers accept SSE-KMS with a customer managed
// key, and are not counted). A load balancer whose type is not known is
// not counted either.
func sseS3OnlyLogs(p *engine.Pass, bucket *parser.Resource) bool {
	for _, s := range s3LogSources(p, bucket) {
		if s.what != "load balancer access logs" {
			continue
		}
		switch s.res.Type {
		case "aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer":
			return true
		case "aws_lb", "aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer":
			// The type defaults to application.
			t := parser.A("load_balancer_type", "Type").Of(s.res)
			if t == nil {
				return true
			}
			if name, ok := t.AsString(); ok && name == "application" {
				return true
			}
		}
	}
	return false
}
