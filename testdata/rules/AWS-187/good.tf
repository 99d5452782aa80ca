variable "to_s3" {
  type = bool
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

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = false
        log_group = "kafka"
      }
      firehose {
        enabled         = true
        delivery_stream = "kafka-broker-logs"
      }
    }
  }
}

resource "aws_msk_cluster" "unknown" { # want AWS-332
  cluster_name           = "unknown"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = var.to_s3 # want-note AWS-187
        bucket  = "acme-kafka-logs"
      }
    }
  }
}

# MSK Serverless has no broker logs.
resource "aws_msk_serverless_cluster" "serverless" {
  cluster_name = "serverless"

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
