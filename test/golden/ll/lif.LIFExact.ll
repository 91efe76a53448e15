; BrainTS kernel for neuron model LIFExact (models/lif.ts:48), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, t_last, I.
; Group-uniform parameters (params): tau, V_rest, V_reset, V_th, R, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'LIFExact.cpu'
source_filename = "models/lif.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @LIFExact_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/lif.ts:26  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %tau.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %tau = load double, double* %tau.slot, align 8, !dbg !7
  %V_rest.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %V_rest = load double, double* %V_rest.slot, align 8, !dbg !7
  %V_reset.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %V_reset = load double, double* %V_reset.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  %R.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %R = load double, double* %R.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %u1 = fdiv double 1.000000e+00, %dt, !dbg !9
  %0 = fadd double %t_ref, %u0, !dbg !10
  %1 = fmul double %0, %u1, !dbg !10
  %u2 = call double @llvm.trunc.f64(double %1), !dbg !10
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %u3 = fdiv double -1.000000e+00, %tau, !dbg !11
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %2 = fmul double %u3, %dt, !dbg !12
  %u4 = call double @llvm.exp.f64(double %2), !dbg !12
  %3 = icmp slt i64 %begin, %end, !dbg !12
  br i1 %3, label %neuron, label %done, !dbg !12

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !12
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !12
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !13
  %t_last = load double, double* %t_last.addr, align 8, !dbg !13
  %4 = fsub double %t, %t_last, !dbg !13
  %5 = fadd double %4, %u0, !dbg !9
  %6 = fmul double %5, %u1, !dbg !9
  %7 = call double @llvm.trunc.f64(double %6), !dbg !9
  %8 = fcmp oge double %7, %u2, !dbg !9
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %9 = fcmp oeq double %u3, 0.000000e+00, !dbg !12
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !14
  %V = load double, double* %V.addr, align 8, !dbg !14
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %10 = fsub double %V_rest, %V, !dbg !15
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !16
  %I = load double, double* %I.addr, align 8, !dbg !16
  %11 = fmul double %R, %I, !dbg !16
  %12 = fadd double %10, %11, !dbg !16
  ; models/lif.ts:53  return (this.V_rest - V + this.R * I) / this.tau;
  %13 = fdiv double %12, %tau, !dbg !11
  %14 = fmul double %dt, %13, !dbg !11
  %15 = fadd double %V, %14, !dbg !11
  %16 = fmul double %R, %I, !dbg !17
  %17 = fadd double %V_rest, %16, !dbg !17
  %18 = fdiv double %17, %tau, !dbg !17
  %19 = fdiv double %18, %u3, !dbg !17
  %20 = fneg double %19, !dbg !17
  ; models/lif.ts:29  this.V = step(this.dV, this.V, this.I);
  %21 = fadd double %V, %19, !dbg !12
  %22 = fmul double %21, %u4, !dbg !12
  %23 = fadd double %20, %22, !dbg !12
  %24 = select i1 %9, double %15, double %23, !dbg !12
  ; models/lif.ts:30  if (this.V > this.V_th) {
  %25 = fcmp ogt double %24, %V_th, !dbg !18
  ; models/lif.ts:31  this.V = this.V_reset;
  %26 = select i1 %25, double %V_reset, double %24, !dbg !19
  ; models/lif.ts:16  @state V = -65; // mV
  %V.next = select i1 %8, double %26, double %V, !dbg !20
  ; models/lif.ts:17  @state t_last = -1e7; // ms, time of the last spike
  %27 = select i1 %25, double %t, double %t_last, !dbg !21
  %t_last.next = select i1 %8, double %27, double %t_last, !dbg !21
  ; models/lif.ts:28  if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
  %spiked1 = and i1 %8, %25, !dbg !22
  ; models/lif.ts:31  this.V = this.V_reset;
  br i1 %8, label %V.store, label %V.stored, !dbg !23

done:                                             ; preds = %t_last.stored, %entry
  ; models/lif.ts:26  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %28 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %28 to i32, !dbg !7
  ret i32 %result, !dbg !7

V.store:                                          ; preds = %neuron
  ; models/lif.ts:31  this.V = this.V_reset;
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !23
  store double %V.next, double* %V.addr2, align 8, !dbg !23
  br label %V.stored, !dbg !23

V.stored:                                         ; preds = %V.store, %neuron
  %29 = fsub double %V.next, %V.next, !dbg !23
  %30 = bitcast double %29 to i64, !dbg !23
  %V.bad = or i64 0, %30, !dbg !23
  ; models/lif.ts:32  this.t_last = t;
  br i1 %8, label %t_last.store, label %t_last.stored, !dbg !24

t_last.store:                                     ; preds = %V.stored
  %t_last.addr3 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !24
  store double %t_last.next, double* %t_last.addr3, align 8, !dbg !24
  br label %t_last.stored, !dbg !24

t_last.stored:                                    ; preds = %t_last.store, %V.stored
  %31 = fsub double %t_last.next, %t_last.next, !dbg !24
  %32 = bitcast double %31 to i64, !dbg !24
  %t_last.bad = or i64 %V.bad, %32, !dbg !24
  ; models/lif.ts:18  @current I = 0; // mV
  %I.addr4 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !25
  store double 0.000000e+00, double* %I.addr4, align 8, !dbg !25
  ; models/lif.ts:26  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %33 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %33, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "lif.ts", directory: "models")
!4 = distinct !DISubprogram(name: "LIFExact.update", linkageName: "LIFExact_update", scope: !3, file: !3, line: 26, type: !5, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 26, column: 3, scope: !4)
!8 = !DILocation(line: 26, column: 21, scope: !4)
!9 = !DILocation(line: 28, column: 9, scope: !4)
!10 = !DILocation(line: 28, column: 40, scope: !4)
!11 = !DILocation(line: 53, column: 45, scope: !4)
!12 = !DILocation(line: 29, column: 16, scope: !4)
!13 = !DILocation(line: 28, column: 27, scope: !4)
!14 = !DILocation(line: 29, column: 30, scope: !4)
!15 = !DILocation(line: 53, column: 13, scope: !4)
!16 = !DILocation(line: 29, column: 38, scope: !4)
!17 = !DILocation(line: 53, column: 31, scope: !4)
!18 = !DILocation(line: 30, column: 20, scope: !4)
!19 = !DILocation(line: 31, column: 18, scope: !4)
!20 = !DILocation(line: 16, column: 3, scope: !4)
!21 = !DILocation(line: 17, column: 3, scope: !4)
!22 = !DILocation(line: 28, column: 5, scope: !4)
!23 = !DILocation(line: 31, column: 9, scope: !4)
!24 = !DILocation(line: 32, column: 9, scope: !4)
!25 = !DILocation(line: 18, column: 3, scope: !4)
; braints-hash: 388edf71e57258f073dc39fc5709fecdd50bbcdfe6bef6a9c441c38d0773fc39
