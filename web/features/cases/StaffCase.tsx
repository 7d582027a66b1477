// The frame both staff case pages share (the merchant console's and the workbench's): loading; a case that is not
// the viewer's (the API answers 403 or 404 alike, so ids cannot be probed); other failures with a retry; then the
// complaint with the consumer's masked phone, its photos and deadlines, the page's own panels (`children`), and
// beside them the AI mediator's reading and the timeline.
import { Col, Result, Row, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { ApiError } from '../../lib/api';
import type { CaseDetail } from '../../lib/types';
import { EvidencePanel } from '../evidence';
import { AnalysisCard } from './AnalysisCard';
import { CaseSummaryCard } from './CaseSummaryCard';
import { CaseTimeline } from './CaseTimeline';
import { Deadlines } from './Deadlines';
import { useCase } from './useCase';

export function StaffCase({
  caseId,
  forbidden,
  back,
  audience,
  children,
}: {
  caseId: string;
  /** What a viewer is told about a case that is not theirs, and where they go back to. */
  forbidden: string;
  back: { to: string; label: string };
  audience: 'merchant' | 'staff';
  children: (c: CaseDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const q = useCase(caseId, null);
  if (q.isPending) return <Loading />;
  if (q.error) {
    if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403)) {
      return (
        <Result
          status="403"
          title={forbidden}
          data-testid="case-forbidden"
          extra={<Link to={back.to}>{back.label}</Link>}
        />
      );
    }
    return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  }
  const c = q.data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <CaseSummaryCard
            c={c}
            extra={c.consumer.phoneMasked ? `${t('merchant.consumerPhone')} ${c.consumer.phoneMasked}` : undefined}
          />
          <EvidencePanel caseId={c.id} />
          {c.deadlines.length > 0 ? (
            <Panel title={t('deadline.title')}>
              <Deadlines deadlines={c.deadlines} paused={c.pausedAt !== null} />
            </Panel>
          ) : null}
          {children(c)}
        </Space>
      </Col>
      <Col xs={24} lg={10}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <AnalysisCard analysis={c.analysis} audience={audience} />
          <Panel title={t('caseView.timeline')}>
            <CaseTimeline entries={c.timeline} />
          </Panel>
        </Space>
      </Col>
    </Row>
  );
}
