resource "aws_kms_key" "monitoring" {
  description         = "model monitoring"
  enable_key_rotation = true
}

# Neither the ML storage volume nor the results name a key.
resource "aws_sagemaker_data_quality_job_definition" "no_keys" {
  name     = "orders-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/monitoring"
  data_quality_app_specification {
    image_uri = "159807026194.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "orders"
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://orders-monitoring/data-quality"
      }
    }
  }
  job_resources {
    cluster_config { # want AWS-151 "storage volume"
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
  network_config {
    enable_network_isolation = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "volume_only" {
  name     = "orders-data-quality-2"
  role_arn = "arn:aws:iam::111122223333:role/monitoring"
  data_quality_app_specification {
    image_uri = "159807026194.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "orders"
    }
  }
  data_quality_job_output_config { # want AWS-151 "results"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://orders-monitoring/data-quality"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.monitoring.arn
    }
  }
  network_config {
    enable_network_isolation = true
  }
}
