variable "transit_encryption" {
  description = "Set by each environment's tfvars."
  type        = string
}

locals {
  connectors = {
    orders   = { class = "io.confluent.connect.s3.S3SinkConnector", topics = "orders" }
    payments = { class = "io.confluent.connect.s3.S3SinkConnector", topics = "payments" }
  }
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-1a2b3c4d", "subnet-2a3b4c5d"]
    security_groups = ["sg-0a1b2c3d"]
  }

  client_authentication {
    sasl {
      iam = true
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/events"
      }
    }
  }
}

# One connector per topic, each over TLS to the cluster's IAM listener.
resource "aws_mskconnect_connector" "sink" {
  for_each             = local.connectors
  name                 = "${each.key}-sink"
  kafkaconnect_version = "2.7.1"

  capacity {
    provisioned_capacity {
      mcu_count    = 1
      worker_count = 1
    }
  }

  connector_configuration = {
    "connector.class" = each.value.class
    "topics"          = each.value.topics
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = aws_msk_cluster.events.bootstrap_brokers_sasl_iam
      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }

  kafka_cluster_encryption_in_transit {
    encryption_type = "TLS"
  }

  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:eu-west-1:111122223333:custom-plugin/s3-sink/0a1b2c3d"
      revision = 1
    }
  }

  service_execution_role_arn = "arn:aws:iam::111122223333:role/msk-connect"
}

# The type is given per environment: not known here.
resource "aws_mskconnect_connector" "audit" {
  name                 = "audit-sink"
  kafkaconnect_version = "2.7.1"

  capacity {
    provisioned_capacity {
      mcu_count    = 1
      worker_count = 1
    }
  }

  connector_configuration = {
    "connector.class" = "io.confluent.connect.s3.S3SinkConnector"
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = aws_msk_cluster.events.bootstrap_brokers_sasl_iam
      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }

  kafka_cluster_encryption_in_transit {
    encryption_type = var.transit_encryption # want-note AWS-364
  }

  plugin {
    custom_plugin {
      arn      = "arn:aws:kafkaconnect:eu-west-1:111122223333:custom-plugin/s3-sink/0a1b2c3d"
      revision = 1
    }
  }

  service_execution_role_arn = "arn:aws:iam::111122223333:role/msk-connect"
}
