# With require-customer-key: clusters that name a customer managed key, by
# reference or ARN, are not reported; MSK Serverless takes no key.
resource "aws_kms_key" "kafka" {
  description         = "MSK broker storage"
  enable_key_rotation = true
}

resource "aws_msk_cluster" "events" { # want AWS-332
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "acme-kafka-logs"
      }
    }
  }
}

resource "aws_msk_cluster" "by_arn" { # want AWS-332
  cluster_name           = "clickstream"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  logging_info {
    broker_logs {
      firehose {
        enabled         = true
        delivery_stream = "kafka-broker-logs"
      }
    }
  }
}

resource "aws_msk_serverless_cluster" "jobs" {
  cluster_name = "jobs"

  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}
