package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

func checkS3AccessLoggingDisabled(p *engine.Pass) {
	for _, bucket := range s3Buckets(p) {
		from, target := s3LogTargets(p, bucket)
		if len(from) > 0 {
			continue // a log bucket: logging it to itself would loop
		}
		switch bucket.Type {
		case s3TF:
			if s3Declared(p, bucket, "logging") {
				continue
			}
			cfgs, open := s3AttachedOpen(p, bucket, "bucket", "aws_s3_bucket_logging")
			if len(cfgs) > 0 {
				continue
			}
			v := yesUnless(target, open)
			report(p, bucket, v, "%s has server access logging disabled: no aws_s3_bucket_logging names it%s", bucket.Address, s3TrailNote(p, bucket, "it"))
		case s3CFN:
			if s3Declared(p, bucket, "LoggingConfiguration") {
				continue
			}
			p.Report(bucket, nil, "%s has server access logging disabled: it has no LoggingConfiguration%s", bucket.Address, s3TrailNote(p, bucket, "it"))
		}
	}
}
